package com.northfield.payroll.servlet;

import com.northfield.payroll.dao.TimesheetDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /timesheets?status=SUBMITTED&amp;employee=4 */
@WebServlet("/timesheets")
public class ListTimesheetsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private TimesheetDao timesheetDao;

    @Override
    public void init() throws ServletException {
        timesheetDao = new TimesheetDao(WebUtils.dataSource(getServletContext()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String status = WebUtils.param(request, "status");
        Integer employee = WebUtils.intParam(request, "employee");
        request.setAttribute("timesheets", timesheetDao.find(status == null ? null : status.toUpperCase(), employee));
        request.setAttribute("status", status);
        WebUtils.forward(request, response, "timesheets/list");
    }
}
