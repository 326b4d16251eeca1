package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.PayrollRun;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.service.PayrollException;
import com.northfield.payroll.service.PayrollService;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import javax.sql.DataSource;

/** GET: the run form with the next period filled in; POST: runs the payroll. Mapped in web.xml. */
public class RunPayrollServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private PayrollService payrollService;
    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        payrollService = new PayrollService(ds);
        payrollDao = new PayrollDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        PayrollRun last = payrollDao.lastRun();
        request.setAttribute("period", last == null ? "" : YearMonth.parse(last.getPeriod()).plusMonths(1).toString());
        WebUtils.forward(request, response, "payroll/run-form");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        YearMonth period = WebUtils.periodParam(request, "period");
        if (period == null) {
            showError(request, response, "Enter the period as yyyy-mm.");
            return;
        }
        try {
            PayrollRun run = payrollService.run(period, WebUtils.currentUser(request).getUsername());
            WebUtils.flash(request, "Payroll " + run.getPeriod() + " run: " + run.getEmployeeCount() + " payslips, net pay "
                    + WebUtils.formatMoney(run.getTotalNet()) + ".");
            WebUtils.redirect(request, response, "/payroll/runs/view?id=" + run.getId());
        } catch (PayrollException e) {
            showError(request, response, e.getMessage());
        }
    }

    private static void showError(HttpServletRequest request, HttpServletResponse response, String error)
            throws ServletException, IOException {
        request.setAttribute("error", error);
        request.setAttribute("period", request.getParameter("period"));
        WebUtils.forward(request, response, "payroll/run-form");
    }
}
