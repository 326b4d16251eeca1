package com.northfield.payroll.servlet;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.LoggedInUser;
import com.northfield.payroll.dao.UserDao;
import com.northfield.payroll.util.WebUtils;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** GET shows the login form, POST checks the password and starts the session. Mapped in web.xml. */
public class LoginServlet extends HttpServlet implements Constants {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoginServlet.class.getName());

    private UserDao userDao;

    @Override
    public void init() throws ServletException {
        DataSource ds = (DataSource) getServletContext().getAttribute(DATA_SOURCE);
        userDao = new UserDao(ds);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (WebUtils.currentUser(request) != null) {
            WebUtils.redirect(request, response, "/dashboard");
            return;
        }
        WebUtils.forward(request, response, "login");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = WebUtils.param(request, "username");
        LoggedInUser user = userDao.authenticate(username, request.getParameter("password"));
        if (user == null) {
            LOG.warning("Failed login for " + username + " from " + request.getRemoteAddr());
            request.setAttribute("username", username);
            request.setAttribute("error", "Invalid user name or password.");
            WebUtils.forward(request, response, "login");
            return;
        }
        request.getSession(true);
        request.changeSessionId(); // pen test 2016: session fixation
        request.getSession().setAttribute(SESSION_USER, user);
        WebUtils.redirect(request, response, "/dashboard");
    }
}
