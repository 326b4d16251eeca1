package org.example.library.filter;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.example.library.db.TransactionHelper;

/**
 * Makes sure no transaction outlives its request (a leaked ThreadLocal connection once took the
 * pool down on a Saturday). Mapped to /* in web.xml.
 */
public class ConnectionCleanupFilter implements Filter {

    @Override
    public void init(FilterConfig config) {
        // no configuration
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } finally {
            TransactionHelper.clear();
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
