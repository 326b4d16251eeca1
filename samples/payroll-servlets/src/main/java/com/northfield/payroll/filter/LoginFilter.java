package com.northfield.payroll.filter;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.LoggedInUser;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Everything but the login page and the static files needs a logged-in user; /payroll/* needs the payroll role.
 * Also sets the request encoding (the forms post UTF-8).
 */
public class LoginFilter implements Filter, Constants {

    private String[] openPaths = {"/login"};

    @Override
    public void init(FilterConfig config) {
        String open = config.getInitParameter("openPaths");
        if (open != null) {
            openPaths = open.split("\\s*,\\s*");
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        LoggedInUser user = session == null ? null : (LoggedInUser) session.getAttribute(SESSION_USER);
        if (user == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (path.startsWith("/payroll/") && !user.hasRole(ROLE_PAYROLL)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isOpen(String path) {
        for (String open : openPaths) {
            if (open.endsWith("/*") ? path.startsWith(open.substring(0, open.length() - 1)) : path.equals(open)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void destroy() {
    }
}
