package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/** Policy search by the start of the holder's last name, policy number or status. */
public class SearchPoliciesAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        String policyNo = request.getParameter("policyNo");
        String status = request.getParameter("status");
        if (name != null || policyNo != null || status != null) {
            PolicyService policyService = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
            List<Policy> policies = policyService.searchPolicies(name, policyNo, status);
            request.setAttribute("policies", policies);
        }
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
