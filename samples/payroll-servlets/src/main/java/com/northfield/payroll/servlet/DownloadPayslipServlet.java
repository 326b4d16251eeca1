package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.PayrollRun;
import com.northfield.payroll.bean.Payslip;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import javax.sql.DataSource;

/** /payroll/payslip?id=100: the payslip as the text file that is printed and put in the pay envelope. */
public class DownloadPayslipServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;
    private static final String RULE = "--------------------------------------------------";

    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        payrollDao = new PayrollDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer id = WebUtils.intParam(request, "id");
        Payslip slip = id == null ? null : payrollDao.findPayslip(id);
        if (slip == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PayrollRun run = payrollDao.findRun(slip.getRunId());
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"payslip-" + run.getPeriod() + "-" + slip.getPayrollNo() + ".txt\"");
        PrintWriter out = response.getWriter();
        out.println(COMPANY_NAME + "                              PAYSLIP");
        out.println(String.format("Period: %-20s Pay date: %s", run.getPeriod(), run.getPayDate()));
        out.println(String.format("Employee: %s %s (%s)", slip.getPayrollNo(), slip.getEmployeeName(), slip.getDeptCode()));
        out.println(RULE);
        if (slip.getRegularHours().signum() > 0 || slip.getOvertimeHours().signum() > 0) {
            out.println(line("Regular hours", slip.getRegularHours()));
            out.println(line("Overtime hours", slip.getOvertimeHours()));
        }
        if (slip.getUnpaidDays().signum() > 0) {
            out.println(line("Unpaid leave (days)", slip.getUnpaidDays()));
        }
        out.println(line("Gross pay", slip.getGross()));
        out.println(line("Pension (5%)", slip.getPension().negate()));
        out.println(line("Income tax", slip.getIncomeTax().negate()));
        out.println(line("Social insurance", slip.getSocialInsurance().negate()));
        out.println(RULE);
        out.println(line("NET PAY", slip.getNet()));
    }

    private static String line(String label, BigDecimal amount) {
        return String.format("%-30s%20s", label, WebUtils.formatMoney(amount));
    }
}
