package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.bean.Timesheet;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.dao.TimesheetDao;
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
import java.util.List;
import javax.sql.DataSource;

/** Weekly hours of the hourly paid staff, typed in from the clock cards by the shift office. */
@WebServlet("/timesheets/submit")
public class SubmitTimesheetServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private EmployeeDao employeeDao;
    private TimesheetDao timesheetDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = WebUtils.dataSource(getServletContext());
        employeeDao = new EmployeeDao(ds);
        timesheetDao = new TimesheetDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        showForm(request, response, new ArrayList<String>());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer employeeId = WebUtils.intParam(request, "employee");
        LocalDate week = WebUtils.dateParam(request, "weekStart");
        BigDecimal regular = WebUtils.decimalParam(request, "regularHours");
        BigDecimal overtime = WebUtils.decimalParam(request, "overtimeHours");
        if (overtime == null && WebUtils.param(request, "overtimeHours") == null) {
            overtime = BigDecimal.ZERO;
        }

        List<String> errors = new ArrayList<String>();
        Employee employee = employeeId == null ? null : employeeDao.findById(employeeId);
        if (employee == null || !employee.isActive() || !employee.isHourly()) {
            errors.add("Choose an active hourly paid employee.");
        }
        if (!WebUtils.isMonday(week)) {
            errors.add("The week must start on a Monday.");
        }
        if (regular == null || overtime == null || regular.signum() < 0 || overtime.signum() < 0
                || regular.add(overtime).compareTo(new BigDecimal(MAX_WEEKLY_HOURS)) > 0) {
            errors.add("Hours must be between 0 and " + MAX_WEEKLY_HOURS + " a week.");
        }
        if (errors.isEmpty() && timesheetDao.exists(employeeId, week)) {
            errors.add("There is already a timesheet for " + employee.getFullName() + " for the week of " + week + ".");
        }
        if (!errors.isEmpty()) {
            showForm(request, response, errors);
            return;
        }
        Timesheet t = new Timesheet();
        t.setEmployeeId(employeeId);
        t.setWeekStart(week);
        t.setRegularHours(regular);
        t.setOvertimeHours(overtime);
        t.setStatus(TS_SUBMITTED);
        int id = timesheetDao.insert(t);
        WebUtils.flash(request, "Timesheet " + id + " of " + employee.getFullName() + " for the week of " + week
                + " submitted.");
        WebUtils.redirect(request, response, "/timesheets?status=SUBMITTED");
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, List<String> errors)
            throws ServletException, IOException {
        List<Employee> hourly = new ArrayList<Employee>();
        for (Employee e : employeeDao.findAll(null, false)) {
            if (e.isHourly()) {
                hourly.add(e);
            }
        }
        request.setAttribute("employees", hourly);
        request.setAttribute("errors", errors);
        WebUtils.forward(request, response, "timesheets/form");
    }
}
