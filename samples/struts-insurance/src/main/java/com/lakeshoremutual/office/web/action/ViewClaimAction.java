package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.Claim;
import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/**
 * The claim file: the policy and cover it is on, the reserve, payments and diary. The input page of the note,
 * payment and close forms too, which post "claimId".
 */
public class ViewClaimAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        Long id = getLong(request, "id");
        if (id == null) {
            id = getLong(request, "claimId");
        }
        if (id == null) {
            throw new RecordNotFoundException("claim", request.getParameter("id"));
        }
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        Claim claim = claimService.findClaim(id);
        request.setAttribute("claim", claim);
        request.setAttribute("payments", claimService.findPayments(id));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
