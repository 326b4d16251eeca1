package com.northfield.payroll.servlet;

import com.northfield.payroll.bean.PayrollRun;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

@WebServlet("/payroll/runs/view")
public class ViewPayrollRunServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        payrollDao = new PayrollDao(WebUtils.dataSource(getServletContext()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer id = WebUtils.intParam(request, "id");
        PayrollRun run = id == null ? null : payrollDao.findRun(id);
        if (run == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("run", run);
        request.setAttribute("payslips", payrollDao.findPayslips(id));
        WebUtils.forward(request, response, "payroll/run");
    }
}
