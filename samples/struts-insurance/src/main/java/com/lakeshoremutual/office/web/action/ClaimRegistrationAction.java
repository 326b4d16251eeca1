package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.service.StaffService;
import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import com.lakeshoremutual.office.web.form.ClaimForm;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionMessage;
import org.apache.struts.action.ActionMessages;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.actions.MappingDispatchAction;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * First notice of loss: /claims/register shows the form for a policy (method "input"), /claims/save registers
 * the claim (method "save").
 */
public class ClaimRegistrationAction extends MappingDispatchAction {

    private Object bean(String name) {
        WebApplicationContext context =
                WebApplicationContextUtils.getRequiredWebApplicationContext(getServlet().getServletContext());
        return context.getBean(name);
    }

    public ActionForward input(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        ClaimForm claimForm = (ClaimForm) form;
        PolicyService policyService = (PolicyService) bean("policyService");
        StaffService staffService = (StaffService) bean("staffService");
        Policy policy = policyService.findPolicyByNumber(claimForm.getPolicyNo());
        if (policy == null && claimForm.getPolicyNo() != null) {
            ActionMessages errors = getErrors(request);
            errors.add("policyNo", new ActionMessage("error.claim.noPolicy", claimForm.getPolicyNo()));
            saveErrors(request, errors);
        } else if (policy != null) {
            claimForm.setPolicyNo(policy.getPolicyNo());
        }
        if (claimForm.getHandlerId() == null) {
            UserSession user = (UserSession) request.getSession().getAttribute(WebKeys.USER);
            claimForm.setHandlerId(String.valueOf(user.getStaffId()));
        }
        request.setAttribute("policy", policy);
        request.setAttribute("handlers", staffService.findClaimHandlers());
        return mapping.findForward(WebKeys.SUCCESS);
    }

    public ActionForward save(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        ClaimForm claimForm = (ClaimForm) form;
        ClaimService claimService = (ClaimService) bean("claimService");

        Claim claim = new Claim();
        claim.setCoverCode(claimForm.getCoverCode());
        claim.setLossDate(DateUtils.parse(claimForm.getLossDate()));
        claim.setDescription(claimForm.getDescription().trim());
        claim.setReserveAmount(MoneyUtils.parse(claimForm.getReserve()));
        claim.setHandlerId(Long.valueOf(claimForm.getHandlerId()));
        try {
            claim = claimService.registerClaim(claimForm.getPolicyNo(), claim);
        } catch (BusinessRuleException e) {
            ActionMessages errors = new ActionMessages();
            errors.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage(e.getMessageKey(), e.getArguments()));
            saveErrors(request, errors);
            return mapping.getInputForward();
        }
        ActionMessages messages = new ActionMessages();
        messages.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage("msg.claim.registered", claim.getClaimNo()));
        saveMessages(request.getSession(), messages);
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", claim.getId());
        return redirect;
    }
}
