package com.lakeshoremutual.office.web.action;

import com.lakeshoremutual.office.domain.StaffUser;
import com.lakeshoremutual.office.service.StaffService;
import com.lakeshoremutual.office.web.BaseAction;
import com.lakeshoremutual.office.web.UserSession;
import com.lakeshoremutual.office.web.WebKeys;
import javax.servlet.http.HttpSession;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.DynaActionForm;

/**
 * GET shows the sign-in form, POST checks the user name and password and starts a new session.
 */
public class LoginAction extends BaseAction {

    @Override
    public ActionForward execute(ActionMapping mapping, ActionForm form, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return mapping.getInputForward();
        }
        DynaActionForm login = (DynaActionForm) form;
        StaffService staffService = (StaffService) getBean(WebKeys.STAFF_SERVICE);
        StaffUser user = staffService.authenticate(login.getString("username"), login.getString("password"));
        if (user == null) {
            saveError(request, "error.login.invalid");
            return mapping.getInputForward();
        }
        // a new session id after sign-in (session fixation, audit of 2016)
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(WebKeys.USER, new UserSession(user.getId(), user.getUsername(), user.getFullName(),
                user.getRole(), user.getAuthorityLimit()));
        return mapping.findForward(WebKeys.SUCCESS);
    }
}
