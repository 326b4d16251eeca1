package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpSession;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;

/** Ends the session and goes back to the sign-in page. */
public class LogoutAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
