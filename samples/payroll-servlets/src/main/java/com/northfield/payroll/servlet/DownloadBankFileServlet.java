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
import java.io.PrintWriter;

/** /payroll/bankfile?run=100: the CSV the bank's upload page takes (one credit transfer per payslip). */
@WebServlet("/payroll/bankfile")
public class DownloadBankFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private PayrollDao payrollDao;

    @Override
    public void init() throws ServletException {
        payrollDao = new PayrollDao(WebUtils.dataSource(getServletContext()));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer runId = WebUtils.intParam(request, "run");
        PayrollRun run = runId == null ? null : payrollDao.findRun(runId);
        if (run == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bacs-" + run.getPeriod() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.print("sort_code,account,name,reference,amount\r\n");
        for (String[] line : payrollDao.bankLines(runId)) {
            out.print(line[0] + "," + line[1] + "," + WebUtils.csv(line[2]) + ",SALARY " + run.getPeriod() + " "
                    + line[3] + "," + line[4] + "\r\n");
        }
    }
}
