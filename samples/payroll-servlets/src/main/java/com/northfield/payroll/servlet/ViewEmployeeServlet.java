package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;

/** /employees/view?id=3. Mapped in web.xml. The leave balance on the page comes from the JSP itself. */
public class ViewEmployeeServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;

    private EmployeeDao employeeDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        employeeDao = new EmployeeDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Integer id = WebUtils.intParam(request, "id");
        Employee employee = id == null ? null : employeeDao.findById(id);
        if (employee == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute("employee", employee);
        request.setAttribute("maskedAccount", WebUtils.maskAccount(employee.getAccountNo()));
        request.setAttribute("canTerminate", employee.isActive() && WebUtils.hasRole(request, ROLE_HR));
        WebUtils.forward(request, response, "employees/view");
    }
}
