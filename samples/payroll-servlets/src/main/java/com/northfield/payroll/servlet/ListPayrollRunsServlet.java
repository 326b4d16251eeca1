package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;

/** /payroll/runs. Mapped in web.xml. */
public class ListPayrollRunsServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        payrollDao = new PayrollDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute("runs", payrollDao.findAllRuns());
        WebUtils.forward(request, response, "payroll/runs");
    }
}
