package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.ClaimPayment;
import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.util.MoneyUtils;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import java.math.BigDecimal;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.action.DynaActionForm;

/** Pays a claim (the payment form on the claim page). Claims handlers and supervisors only. */
public class PayClaimAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        DynaActionForm pay = (DynaActionForm) form;
        UserSession user = getUser(request);
        if (!user.hasRole(WebKeys.ROLE_CLAIMS)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        Long claimId = Long.valueOf(pay.getString("claimId"));
        BigDecimal gross = MoneyUtils.parse(pay.getString("grossAmount"));
        String payee = pay.getString("payee").trim();
        if (gross == null || gross.signum() <= 0) {
            saveError(request, "errors.amount", "Amount");
            return mapping.getInputForward();
        }
        if (payee.length() == 0) {
            saveError(request, "errors.required", "Payee");
            return mapping.getInputForward();
        }
        ClaimPayment payment = new ClaimPayment();
        payment.setPayee(payee);
        payment.setGrossAmount(gross);
        payment.setMethod(pay.getString("method"));
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        try {
            payment = claimService.payClaim(claimId, payment, user.getStaffId());
        } catch (BusinessRuleException e) {
            saveError(request, e.getMessageKey(), e.getArguments());
            return mapping.getInputForward();
        }
        saveFlash(request, "msg.claim.paid", MoneyUtils.format(payment.getNetAmount()), payment.getPayee(),
                MoneyUtils.format(payment.getDeductibleApplied()));
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", claimId);
        return redirect;
    }
}
