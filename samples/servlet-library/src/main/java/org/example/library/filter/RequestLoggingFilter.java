package org.example.library.filter;

import java.io.IOException;
import java.util.logging.Logger;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Access log of the API: method, URI, status, milliseconds. */
public class RequestLoggingFilter implements Filter {

    private static final Logger LOG = Logger.getLogger("org.example.library.access");

    @Override
    public void init(FilterConfig config) {
        // no configuration
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            HttpServletRequest http = (HttpServletRequest) req;
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.fine(http.getMethod() + " " + http.getRequestURI() + " " + ((HttpServletResponse) resp).getStatus()
                    + " " + millis + "ms");
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
