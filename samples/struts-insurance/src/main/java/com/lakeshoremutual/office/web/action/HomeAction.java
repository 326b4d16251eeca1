package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.service.BillingService;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.util.BusinessCalendar;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/**
 * The desk everybody lands on: my open claims, policies in arrears, renewals coming up.
 */
public class HomeAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        UserSession user = getUser(request);
        ClaimService claims = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        PolicyService policies = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
        BillingService billing = (BillingService) getBean(WebKeys.BILLING_SERVICE);
        BusinessCalendar calendar = (BusinessCalendar) getBean(WebKeys.BUSINESS_CALENDAR);

        request.setAttribute("processingDate", calendar.today());
        request.setAttribute("myOpenClaims", Integer.valueOf(claims.countOpenClaims(user.getStaffId())));
        request.setAttribute("policiesInArrears", Integer.valueOf(billing.countPoliciesInArrears()));
        request.setAttribute("renewalsDue", Integer.valueOf(policies.countRenewalsDue()));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
