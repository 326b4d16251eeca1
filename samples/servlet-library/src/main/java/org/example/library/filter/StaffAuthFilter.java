package org.example.library.filter;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.example.library.util.AppConfig;
import org.example.library.util.JsonWriter;
import org.example.library.util.LibraryConstants;

/**
 * Guards the staff pages: the request must carry the desk token in X-Staff-Token. (The single
 * sign-on project of 2010 never shipped.)
 */
public class StaffAuthFilter implements Filter {

    private String token;

    @Override
    public void init(FilterConfig config) {
        token = AppConfig.get("staff.token", "");
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String presented = ((HttpServletRequest) req).getHeader(LibraryConstants.STAFF_TOKEN_HEADER);
        if (token.isEmpty() || !token.equals(presented)) {
            HttpServletResponse http = (HttpServletResponse) resp;
            http.setStatus(HttpServletResponse.SC_FORBIDDEN);
            http.setContentType(LibraryConstants.JSON_CONTENT_TYPE);
            http.getWriter().write(new JsonWriter().beginObject().field("error", "staff token required")
                    .field("status", HttpServletResponse.SC_FORBIDDEN).endObject().toString());
            return;
        }
        chain.doFilter(req, resp);
    }

    @Override
    public void destroy() {
        token = null;
    }
}
