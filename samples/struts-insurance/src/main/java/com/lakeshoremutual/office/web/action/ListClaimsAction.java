package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.service.ClaimService;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/** Claims by status; "mine=1" shows only the signed-in handler's files. */
public class ListClaimsAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        String status = request.getParameter("status");
        if (status == null) {
            status = "OPEN";
        }
        UserSession user = getUser(request);
        Long handlerId = "1".equals(request.getParameter("mine")) ? user.getStaffId() : null;
        ClaimService claimService = (ClaimService) getBean(WebKeys.CLAIM_SERVICE);
        request.setAttribute("status", status);
        request.setAttribute("claims", claimService.findClaims("ALL".equals(status) ? null : status, handlerId));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
