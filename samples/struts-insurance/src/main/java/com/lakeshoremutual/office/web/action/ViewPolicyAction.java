package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/**
 * The policy page: holder, covers, the claims made on it and the premium account. Also the input page of the
 * cancellation form.
 */
public class ViewPolicyAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Long id = getLong(request, "id");
        if (id == null) {
            throw new RecordNotFoundException("policy", request.getParameter("id"));
        }
        PolicyService policyService = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        BillingService billingService = (BillingService) getBean(WebKeys.BILLING_SERVICE);

        Policy policy = policyService.findPolicy(id);
        request.setAttribute("policy", policy);
        request.setAttribute("claims", claimService.findClaimsForPolicy(id));
        request.setAttribute("instalments", billingService.findInstalments(id));
        request.setAttribute("balanceDue", billingService.findBalanceDue(id));
        request.setAttribute("arrears", billingService.findArrears(id));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
