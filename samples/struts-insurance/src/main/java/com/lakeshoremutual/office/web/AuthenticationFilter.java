package com.lakeshoremutual.office.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Sends anybody without a session user to the sign-in page, except for the public paths, and refuses (403) the
 * paths reserved to some roles. Both lists are init parameters in web.xml.
 */
public class AuthenticationFilter implements Filter {

    private final List<String> publicPaths = new ArrayList<String>();
    private final Map<String, String[]> restricted = new LinkedHashMap<String, String[]>();
    private String loginPage = "/login.do";

    public void init(FilterConfig config) throws ServletException {
        String open = config.getInitParameter("publicPaths");
        if (open != null) {
            for (String path : open.split(",")) {
                publicPaths.add(path.trim());
            }
        }
        // "/billing/ = ACCOUNTS; /policies/new.do = UNDERWRITER" (supervisors may go everywhere)
        String roles = config.getInitParameter("restrictedPaths");
        if (roles != null) {
            for (String rule : roles.split(";")) {
                String[] parts = rule.split("=");
                if (parts.length == 2) {
                    restricted.put(parts[0].trim(), parts[1].trim().split("\\s*,\\s*"));
                }
            }
        }
        if (config.getInitParameter("loginPage") != null) {
            loginPage = config.getInitParameter("loginPage");
        }
    }

    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        UserSession user = session == null ? null : (UserSession) session.getAttribute(WebKeys.USER);
        if (user == null) {
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        for (Map.Entry<String, String[]> rule : restricted.entrySet()) {
            if (path.startsWith(rule.getKey()) && !user.hasRole(rule.getValue())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isPublic(String path) {
        for (String open : publicPaths) {
            if (open.endsWith("/") ? path.startsWith(open) : path.equals(open)) {
                return true;
            }
        }
        return false;
    }

    public void destroy() {
    }
}
