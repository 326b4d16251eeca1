package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.dao.DepartmentDao;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;

/** /employees?dept=ENG&amp;all=1. Mapped in web.xml. */
public class ListEmployeesServlet extends HttpServlet implements Constants {

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
        String dept = WebUtils.param(request, "dept");
        boolean all = "1".equals(request.getParameter("all"));
        request.setAttribute("employees", employeeDao.findAll(dept, all));
        request.setAttribute("departments", departmentDao.findAll());
        request.setAttribute("dept", dept);
        request.setAttribute("all", all);
        WebUtils.forward(request, response, "employees/list");
    }
}
