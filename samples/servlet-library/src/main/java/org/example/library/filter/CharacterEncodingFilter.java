package org.example.library.filter;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.example.library.util.LibraryConstants;

/** Forces UTF-8 on requests and responses (Tomcat 5 defaulted to ISO-8859-1). Init param "encoding". */
public class CharacterEncodingFilter implements Filter {

    private String encoding = LibraryConstants.CHARSET;

    @Override
    public void init(FilterConfig config) {
        String configured = config.getInitParameter("encoding");
        if (configured != null) {
            encoding = configured;
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getCharacterEncoding() == null) {
            req.setCharacterEncoding(encoding);
        }
        resp.setCharacterEncoding(encoding);
        chain.doFilter(req, resp);
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
