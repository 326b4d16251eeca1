package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.dao.LeaveDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * GET /leave/request?employee=3: the employee's leave and the request form; without an employee, the requests
 * waiting for a decision. POST books a request.
 */
@WebServlet("/leave/request")
public class RequestLeaveServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private EmployeeDao employeeDao;
    private LeaveDao leaveDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = WebUtils.dataSource(getServletContext());
        employeeDao = new EmployeeDao(ds);
        leaveDao = new LeaveDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer employeeId = WebUtils.intParam(request, "employee");
        Employee employee = employeeId == null ? null : employeeDao.findById(employeeId);
        if (employeeId != null && employee == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        show(request, response, employee, new ArrayList<String>());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer employeeId = WebUtils.intParam(request, "employee");
        Employee employee = employeeId == null ? null : employeeDao.findById(employeeId);
        if (employee == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = WebUtils.param(request, "type");
        LocalDate start = WebUtils.dateParam(request, "startDate");
        LocalDate end = WebUtils.dateParam(request, "endDate");

        List<String> errors = new ArrayList<String>();
        if (type == null || !Arrays.asList(LEAVE_ANNUAL, LEAVE_SICK, LEAVE_UNPAID).contains(type)) {
            errors.add("Choose annual, sick or unpaid leave.");
        }
        int days = 0;
        if (start == null || end == null || end.isBefore(start)) {
            errors.add("Enter a first and a last day of leave (yyyy-mm-dd), the last not before the first.");
        } else {
            days = WebUtils.workingDaysBetween(start, end);
            if (days == 0) {
                errors.add("There are no working days between " + start + " and " + end + ".");
            } else if (leaveDao.overlaps(employeeId, start, end)) {
                errors.add(employee.getFullName() + " already has leave between " + start + " and " + end + ".");
            }
        }
        int year = WebUtils.leaveYear(getServletContext());
        if (errors.isEmpty() && LEAVE_ANNUAL.equals(type)
                && leaveDao.remainingAnnualLeave(employeeId, year).compareTo(new BigDecimal(days)) < 0) {
            errors.add(employee.getFullName() + " has only " + leaveDao.remainingAnnualLeave(employeeId, year)
                    + " days of annual leave left in " + year + ".");
        }
        if (!errors.isEmpty()) {
            show(request, response, employee, errors);
            return;
        }
        LeaveRequest leave = new LeaveRequest();
        leave.setEmployeeId(employeeId);
        leave.setLeaveType(type);
        leave.setStartDate(start);
        leave.setEndDate(end);
        leave.setDays(new BigDecimal(days).setScale(1));
        leave.setStatus(LEAVE_REQUESTED);
        int id = leaveDao.insert(leave);
        WebUtils.flash(request, "Leave request " + id + " (" + days + " days " + type.toLowerCase() + ") for "
                + employee.getFullName() + " recorded.");
        WebUtils.redirect(request, response, "/leave/request?employee=" + employeeId);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Employee employee, List<String> errors)
            throws ServletException, IOException {
        if (employee != null) {
            int year = WebUtils.leaveYear(getServletContext());
            request.setAttribute("employee", employee);
            request.setAttribute("requests", leaveDao.findForEmployee(employee.getId()));
            request.setAttribute("remaining", leaveDao.remainingAnnualLeave(employee.getId(), year));
            request.setAttribute("leaveYear", year);
        } else {
            request.setAttribute("requests", leaveDao.findByStatus(LEAVE_REQUESTED));
        }
        request.setAttribute("errors", errors);
        WebUtils.forward(request, response, "leave/form");
    }
}
