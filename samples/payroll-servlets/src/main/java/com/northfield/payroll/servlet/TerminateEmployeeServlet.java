package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.dao.DataAccessException;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.dao.LeaveDao;
import com.northfield.payroll.util.DbUtil;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/** A leaver: sets the last working day and cancels the leave booked after it, in one transaction (HR only). */
@WebServlet("/employees/terminate")
public class TerminateEmployeeServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private DataSource dataSource;
    private EmployeeDao employeeDao;
    private LeaveDao leaveDao;

    @Override
    public void init() throws ServletException {
        dataSource = WebUtils.dataSource(getServletContext());
        employeeDao = new EmployeeDao(dataSource);
        leaveDao = new LeaveDao(dataSource);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!WebUtils.hasRole(request, ROLE_HR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Integer id = WebUtils.intParam(request, "id");
        Employee employee = id == null ? null : employeeDao.findById(id);
        if (employee == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LocalDate endDate = WebUtils.dateParam(request, "endDate");
        if (!employee.isActive() || endDate == null || endDate.isBefore(employee.getStartDate())) {
            WebUtils.flash(request, "Enter a last working day on or after " + employee.getStartDate() + ".");
            WebUtils.redirect(request, response, "/employees/view?id=" + id);
            return;
        }
        int cancelled;
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            conn.setAutoCommit(false);
            employeeDao.terminate(conn, id, endDate);
            cancelled = leaveDao.cancelAfter(conn, id, endDate);
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            DbUtil.rollback(conn);
            throw new DataAccessException("terminate employee " + id, e);
        } finally {
            if (conn != null) {
                try {
                    conn.setAutoCommit(true);
                } catch (SQLException e) {
                    // ignore
                }
            }
            DbUtil.close(conn);
        }
        WebUtils.flash(request, employee.getFullName() + " leaves on " + endDate + "; " + cancelled
                + " leave request(s) cancelled.");
        WebUtils.redirect(request, response, "/employees/view?id=" + id);
    }
}
