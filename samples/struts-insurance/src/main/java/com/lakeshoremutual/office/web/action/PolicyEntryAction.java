package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.domain.Policyholder;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.PolicyService;
import com.lakeshoremutual.office.util.DateUtils;
import com.lakeshoremutual.office.util.MoneyUtils;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import com.lakeshoremutual.office.web.form.PolicyForm;
import java.math.BigDecimal;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionMessage;
import org.apache.struts.action.ActionMessages;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.actions.MappingDispatchAction;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * New business: /policies/new shows the form (method "input"), /policies/save issues the policy (method "save").
 * Written in 2010 as a MappingDispatchAction, before BaseAction existed.
 */
public class PolicyEntryAction extends MappingDispatchAction {

    private PolicyService policyService() {
        return (PolicyService) WebApplicationContextUtils
                .getRequiredWebApplicationContext(getServlet().getServletContext()).getBean("policyService");
    }

    public ActionForward input(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        PolicyForm policyForm = (PolicyForm) form;
        request.setAttribute("coverTypes", policyService().findCoverTypes(policyForm.getProduct()));
        return mapping.findForward(WebKeys.SUCCESS);
    }

    public ActionForward save(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        PolicyForm policyForm = (PolicyForm) form;
        UserSession user = (UserSession) request.getSession().getAttribute(WebKeys.USER);

        Policyholder holder = new Policyholder();
        holder.setFirstName(policyForm.getFirstName().trim());
        holder.setLastName(policyForm.getLastName().trim());
        holder.setStreet(policyForm.getStreet().trim());
        holder.setCity(policyForm.getCity().trim());
        holder.setState(policyForm.getState().trim().toUpperCase());
        holder.setZip(policyForm.getZip().trim());
        holder.setPhone(blankToNull(policyForm.getPhone()));
        holder.setEmail(blankToNull(policyForm.getEmail()));
        holder.setPaperless(policyForm.isPaperless());

        Policy policy = new Policy();
        policy.setProduct(policyForm.getProduct());
        policy.setInceptionDate(DateUtils.parse(policyForm.getInceptionDate()));
        policy.setPaymentPlan(policyForm.getPaymentPlan());
        policy.setWrittenBy(user.getUsername());
        try {
            policy = policyService().issuePolicy(holder, policy, policyForm.getSumsInsured(),
                    new BigDecimal(policyForm.getDeductible()).setScale(2));
        } catch (BusinessRuleException e) {
            ActionMessages errors = new ActionMessages();
            errors.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage(e.getMessageKey(), e.getArguments()));
            saveErrors(request, errors);
            return mapping.getInputForward();
        }

        ActionMessages messages = new ActionMessages();
        messages.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage("msg.policy.issued", policy.getPolicyNo(),
                holder.getFullName(), MoneyUtils.format(policy.getAnnualPremium())));
        saveMessages(request.getSession(), messages);
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", policy.getId());
        return redirect;
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().length() == 0 ? null : value.trim();
    }
}
