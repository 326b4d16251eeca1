package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/** The premium account of a policy: instalments, receipts, paid to date, balance due. */
public class PolicyAccountAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Long policyId = getLong(request, "policyId");
        if (policyId == null) {
            throw new RecordNotFoundException("policy", request.getParameter("policyId"));
        }
        PolicyService policyService = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
        BillingService billingService = (BillingService) getBean(WebKeys.BILLING_SERVICE);
        request.setAttribute("policy", policyService.findPolicy(policyId));
        request.setAttribute("instalments", billingService.findInstalments(policyId));
        request.setAttribute("receipts", billingService.findReceipts(policyId));
        request.setAttribute("paidToDate", billingService.findPaidToDate(policyId));
        request.setAttribute("balanceDue", billingService.findBalanceDue(policyId));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
