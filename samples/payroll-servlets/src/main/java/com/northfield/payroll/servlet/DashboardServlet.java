package com.northfield.payroll.servlet;

import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.dao.LeaveDao;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.dao.TimesheetDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;

/** The start page after login: what is waiting for HR and payroll. */
@WebServlet("/dashboard")
public class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private EmployeeDao employeeDao;
    private TimesheetDao timesheetDao;
    private LeaveDao leaveDao;
    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = WebUtils.dataSource(getServletContext());
        employeeDao = new EmployeeDao(ds);
        timesheetDao = new TimesheetDao(ds);
        leaveDao = new LeaveDao(ds);
        payrollDao = new PayrollDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("activeEmployees", employeeDao.countActive());
        request.setAttribute("timesheetsWaiting", timesheetDao.countSubmitted());
        request.setAttribute("leaveWaiting", leaveDao.countRequested());
        request.setAttribute("lastRun", payrollDao.lastRun());
        WebUtils.forward(request, response, "dashboard");
    }
}
