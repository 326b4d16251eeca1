package com.lakeshoremutual.office.web.form;

import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import java.math.BigDecimal;
import javax.servlet.http.HttpServletRequest;
import org.apache.struts.action.ActionErrors;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionMessage;

/**
 * First notice of loss: the policy, the cover, when and what happened, the opening reserve and the handler.
 */
public class ClaimForm extends ActionForm {

    private static final long serialVersionUID = 1L;

    private String policyNo;
    private String coverCode;
    private String lossDate;
    private String description;
    private String reserve;
    private String handlerId;

    @Override
    public ActionErrors validate(ActionMapping mapping, HttpServletRequest request) {
        ActionErrors errors = new ActionErrors();
        if (policyNo == null || policyNo.trim().length() == 0) {
            errors.add("policyNo", new ActionMessage("errors.required", "Policy number"));
        }
        if (coverCode == null || coverCode.length() == 0) {
            errors.add("coverCode", new ActionMessage("errors.required", "Cover"));
        }
        if (DateUtils.parse(lossDate) == null) {
            errors.add("lossDate", new ActionMessage("errors.date", "Date of loss"));
        }
        if (description == null || description.trim().length() == 0) {
            errors.add("description", new ActionMessage("errors.required", "Description"));
        } else if (description.length() > 400) {
            errors.add("description", new ActionMessage("errors.maxlength", "Description", "400"));
        }
        BigDecimal amount = MoneyUtils.parse(reserve);
        if (amount == null || amount.signum() < 0) {
            errors.add("reserve", new ActionMessage("errors.amount", "Reserve"));
        }
        if (handlerId == null || !handlerId.matches("\\d+")) {
            errors.add("handlerId", new ActionMessage("errors.required", "Handler"));
        }
        return errors;
    }

    public String getPolicyNo() {
        return policyNo;
    }

    public void setPolicyNo(String policyNo) {
        this.policyNo = policyNo;
    }

    public String getCoverCode() {
        return coverCode;
    }

    public void setCoverCode(String coverCode) {
        this.coverCode = coverCode;
    }

    public String getLossDate() {
        return lossDate;
    }

    public void setLossDate(String lossDate) {
        this.lossDate = lossDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getReserve() {
        return reserve;
    }

    public void setReserve(String reserve) {
        this.reserve = reserve;
    }

    public String getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(String handlerId) {
        this.handlerId = handlerId;
    }
}
