package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.service.BusinessRuleException;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionRedirect;

/** Closes a claim file: the reserve is released. */
public class CloseClaimAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Long claimId = getLong(request, "claimId");
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        try {
            claimService.closeClaim(claimId, getUser(request).getUsername());
        } catch (BusinessRuleException e) {
            saveError(request, e.getMessageKey(), e.getArguments());
            return mapping.getInputForward();
        }
        saveFlash(request, "msg.claim.closed");
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", claimId);
        return redirect;
    }
}
