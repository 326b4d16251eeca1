package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.LoggedInUser;
import com.northfield.payroll.dao.TimesheetDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** POST id + decision=approve|reject (HR only). */
@WebServlet("/timesheets/approve")
public class ApproveTimesheetServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private TimesheetDao timesheetDao;

    @Override
    public void init() throws ServletException {
        timesheetDao = new TimesheetDao(WebUtils.dataSource(getServletContext()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        LoggedInUser user = WebUtils.currentUser(request);
        if (user == null || !user.hasRole(ROLE_HR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Integer id = WebUtils.intParam(request, "id");
        String decision = "reject".equals(request.getParameter("decision")) ? TS_REJECTED : TS_APPROVED;
        if (id != null && timesheetDao.decide(id, decision, user.getUsername())) {
            WebUtils.flash(request, "Timesheet " + id + " " + decision.toLowerCase() + ".");
        } else {
            WebUtils.flash(request, "Timesheet " + id + " is not waiting for approval.");
        }
        WebUtils.redirect(request, response, "/timesheets?status=SUBMITTED");
    }
}
