package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.PremiumReceipt;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.util.MoneyUtils;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import java.math.BigDecimal;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.action.DynaActionForm;

/** Records a premium received for a policy (the form on the account page). */
public class RecordReceiptAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        DynaActionForm receiptForm = (DynaActionForm) form;
        Long policyId = Long.valueOf(receiptForm.getString("policyId"));
        BigDecimal amount = MoneyUtils.parse(receiptForm.getString("amount"));
        if (amount == null || amount.signum() <= 0) {
            saveError(request, "errors.amount", "Amount");
            return mapping.getInputForward();
        }
        PolicyService policyService = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
        BillingService billingService = (BillingService) getBean(WebKeys.BILLING_SERVICE);
        Policy policy = policyService.findPolicy(policyId);

        PremiumReceipt receipt = new PremiumReceipt();
        receipt.setPolicyId(policyId);
        receipt.setAmount(amount);
        receipt.setMethod(receiptForm.getString("method"));
        receipt.setReference(receiptForm.getString("reference").trim());
        receipt.setRecordedBy(getUser(request).getUsername());
        int paid = billingService.recordReceipt(receipt);

        saveFlash(request, "msg.receipt.recorded", MoneyUtils.format(amount), policy.getPolicyNo(),
                String.valueOf(paid));
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("policyId", policyId);
        return redirect;
    }
}
