package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ActionRedirect;
import org.apache.struts.action.DynaActionForm;

/** Adds a diary note to a claim file. */
public class AddClaimNoteAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        DynaActionForm note = (DynaActionForm) form;
        Long claimId = Long.valueOf(note.getString("claimId"));
        String text = note.getString("text").trim();
        if (text.length() == 0) {
            saveError(request, "errors.required", "Note");
            return mapping.getInputForward();
        }
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        claimService.addNote(claimId, text, getUser(request).getUsername());
        ActionRedirect redirect = new ActionRedirect(mapping.findForward(WebKeys.VIEW));
        redirect.addParameter("id", claimId);
        return redirect;
    }
}
