package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.bean.LoggedInUser;
import com.northfield.payroll.dao.LeaveDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** POST id + decision=approve|reject (HR only). Copied from ApproveTimesheetServlet. */
@WebServlet("/leave/approve")
public class ApproveLeaveServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private LeaveDao leaveDao;

    @Override
    public void init() throws ServletException {
        leaveDao = new LeaveDao(WebUtils.dataSource(getServletContext()));
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
        LeaveRequest leave = id == null ? null : leaveDao.findById(id);
        if (leave == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String decision = "reject".equals(request.getParameter("decision")) ? LEAVE_REJECTED : LEAVE_APPROVED;
        if (leaveDao.decide(id, decision, user.getUsername())) {
            WebUtils.flash(request, "Leave request " + id + " " + decision.toLowerCase() + ".");
        } else {
            WebUtils.flash(request, "Leave request " + id + " is not waiting for approval.");
        }
        WebUtils.redirect(request, response, "/leave/request?employee=" + leave.getEmployeeId());
    }
}
