package com.lakeshoremutual.office.web.form;

import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.apache.struts.action.ActionErrors;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionMessage;

/**
 * The new-business form: the policyholder, the product and term, and a sum insured per cover code
 * ({@code sumInsured(HOME_BLDG)}, a mapped property).
 */
public class PolicyForm extends ActionForm {

    private static final long serialVersionUID = 1L;

    private String firstName;
    private String lastName;
    private String street;
    private String city;
    private String state = "WI";
    private String zip;
    private String phone;
    private String email;
    private boolean paperless;
    private String product = "HOME";
    private String inceptionDate;
    private String paymentPlan = "MONTHLY";
    private String deductible = "500";
    private Map<String, String> sumInsured = new HashMap<String, String>();

    @Override
    public void reset(ActionMapping mapping, HttpServletRequest request) {
        paperless = false;
    }

    @Override
    public ActionErrors validate(ActionMapping mapping, HttpServletRequest request) {
        ActionErrors errors = new ActionErrors();
        required(errors, "firstName", firstName, "First name");
        required(errors, "lastName", lastName, "Last name");
        required(errors, "street", street, "Street");
        required(errors, "city", city, "City");
        if (state == null || !state.trim().matches("[A-Za-z]{2}")) {
            errors.add("state", new ActionMessage("errors.state"));
        }
        if (zip == null || !zip.trim().matches("\\d{5}(-\\d{4})?")) {
            errors.add("zip", new ActionMessage("errors.zip"));
        }
        if (email != null && email.trim().length() > 0 && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}")) {
            errors.add("email", new ActionMessage("errors.email"));
        }
        if (DateUtils.parse(inceptionDate) == null) {
            errors.add("inceptionDate", new ActionMessage("errors.date", "Inception date"));
        }
        if (!"500".equals(deductible) && !"1000".equals(deductible) && !"2500".equals(deductible)) {
            errors.add("deductible", new ActionMessage("errors.deductible"));
        }
        boolean anyCover = false;
        boolean invalid = false;
        for (Map.Entry<String, String> entry : sumInsured.entrySet()) {
            String text = entry.getValue();
            if (text == null || text.trim().length() == 0) {
                continue;
            }
            BigDecimal amount = MoneyUtils.parse(text);
            if (amount == null || amount.signum() <= 0) {
                errors.add("sumInsured", new ActionMessage("errors.sumInsured", text));
                invalid = true;
            } else {
                anyCover = true;
            }
        }
        if (!anyCover && !invalid) {
            errors.add("sumInsured", new ActionMessage("errors.noCover"));
        }
        return errors;
    }

    private static void required(ActionErrors errors, String property, String value, String label) {
        if (value == null || value.trim().length() == 0) {
            errors.add(property, new ActionMessage("errors.required", label));
        }
    }

    /** The sums insured typed in, as amounts (empty fields left out). */
    public Map<String, BigDecimal> getSumsInsured() {
        Map<String, BigDecimal> sums = new HashMap<String, BigDecimal>();
        for (Map.Entry<String, String> entry : sumInsured.entrySet()) {
            BigDecimal amount = MoneyUtils.parse(entry.getValue());
            if (amount != null) {
                sums.put(entry.getKey(), amount);
            }
        }
        return sums;
    }

    public String getSumInsured(String coverCode) {
        return sumInsured.get(coverCode);
    }

    public void setSumInsured(String coverCode, String value) {
        sumInsured.put(coverCode, value);
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isPaperless() {
        return paperless;
    }

    public void setPaperless(boolean paperless) {
        this.paperless = paperless;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getInceptionDate() {
        return inceptionDate;
    }

    public void setInceptionDate(String inceptionDate) {
        this.inceptionDate = inceptionDate;
    }

    public String getPaymentPlan() {
        return paymentPlan;
    }

    public void setPaymentPlan(String paymentPlan) {
        this.paymentPlan = paymentPlan;
    }

    public String getDeductible() {
        return deductible;
    }

    public void setDeductible(String deductible) {
        this.deductible = deductible;
    }
}
