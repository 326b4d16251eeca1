package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.dao.DepartmentDao;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The new starter form (HR only). Mapped in web.xml. */
public class RegisterEmployeeServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private EmployeeDao employeeDao;
    private DepartmentDao departmentDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        employeeDao = new EmployeeDao(ds);
        departmentDao = new DepartmentDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!WebUtils.hasRole(request, ROLE_HR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setAttribute("departments", departmentDao.findAll());
        WebUtils.forward(request, response, "employees/form");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!WebUtils.hasRole(request, ROLE_HR)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Employee e = new Employee();
        e.setFirstName(WebUtils.param(request, "firstName"));
        e.setLastName(WebUtils.param(request, "lastName"));
        e.setEmail(WebUtils.param(request, "email"));
        e.setDeptCode(WebUtils.param(request, "dept"));
        e.setJobTitle(WebUtils.param(request, "jobTitle"));
        e.setPayType(WebUtils.param(request, "payType"));
        e.setSortCode(WebUtils.param(request, "sortCode"));
        e.setAccountNo(WebUtils.param(request, "accountNo"));
        e.setStartDate(WebUtils.dateParam(request, "startDate"));
        BigDecimal amount = WebUtils.decimalParam(request, "pay");

        List<String> errors = new ArrayList<String>();
        if (e.getFirstName() == null) {
            errors.add("First name is required.");
        }
        if (e.getLastName() == null) {
            errors.add("Last name is required.");
        }
        if (e.getDeptCode() == null || departmentDao.findByCode(e.getDeptCode()) == null) {
            errors.add("Choose a department.");
        }
        if (e.getEmail() != null && (!e.getEmail().contains("@") || employeeDao.emailExists(e.getEmail()))) {
            errors.add("The e-mail address is invalid or already used.");
        }
        if (e.getStartDate() == null) {
            errors.add("Start date must be a date (yyyy-mm-dd).");
        }
        if (e.getSortCode() == null || !e.getSortCode().matches("\\d\\d-\\d\\d-\\d\\d")) {
            errors.add("Sort code must look like 12-34-56.");
        }
        if (e.getAccountNo() == null || !e.getAccountNo().matches("\\d{8}")) {
            errors.add("Account number must have 8 digits.");
        }
        if (PAY_SALARIED.equals(e.getPayType())) {
            e.setAnnualSalary(amount);
        } else if (PAY_HOURLY.equals(e.getPayType())) {
            e.setHourlyRate(amount);
        } else {
            errors.add("Choose salaried or hourly pay.");
        }
        if (amount == null || amount.signum() <= 0) {
            errors.add("Pay must be a positive amount.");
        }
        if (!errors.isEmpty()) {
            request.setAttribute("errors", errors);
            request.setAttribute("form", e);
            request.setAttribute("pay", request.getParameter("pay"));
            request.setAttribute("departments", departmentDao.findAll());
            WebUtils.forward(request, response, "employees/form");
            return;
        }
        e.setPayrollNo(employeeDao.nextPayrollNo());
        e.setStatus(EMP_ACTIVE);
        e.setLeaveAllowance(25);
        int id = employeeDao.insert(e);
        WebUtils.flash(request, "Employee " + e.getPayrollNo() + " " + e.getFullName() + " registered.");
        WebUtils.redirect(request, response, "/employees/view?id=" + id);
    }
}
