package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import java.util.Date;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.action.DynaActionForm;

/** Cancels a policy from a date (the form on the policy page). */
public class CancelPolicyAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        DynaActionForm cancel = (DynaActionForm) form;
        Long id = Long.valueOf(cancel.getString("id"));
        Date cancelDate = DateUtils.parse(cancel.getString("cancelDate"));
        if (cancelDate == null) {
            saveError(request, "errors.date", "Cancellation date");
            return mapping.getInputForward();
        }
        PolicyService policyService = (PolicyService) getBean(WebKeys.POLICY_SERVICE);
        Policy policy;
        try {
            policy = policyService.cancelPolicy(id, cancelDate);
        } catch (BusinessRuleException e) {
            saveError(request, e.getMessageKey(), e.getArguments());
            return mapping.getInputForward();
        }
        saveFlash(request, "msg.policy.cancelled", policy.getPolicyNo(), DateUtils.format(cancelDate));
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", id);
        return redirect;
    }
}
