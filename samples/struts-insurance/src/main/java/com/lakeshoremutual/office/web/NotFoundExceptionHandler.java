package com.lakeshoremutual.office.web;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.struts.action.ActionForm;
import org.apache.struts.action.ActionForward;
import org.apache.struts.action.ActionMapping;
import org.apache.struts.action.ExceptionHandler;
import org.apache.struts.config.ExceptionConfig;

/**
 * Turns a missing record into the container's 404 page (struts-config.xml, global-exceptions), instead of the
 * Struts error page with a 200 status that search engines on the intranet kept indexing.
 */
public class NotFoundExceptionHandler extends ExceptionHandler {

    @Override
    public ActionForward execute(Exception ex, ExceptionConfig config, ActionMapping mapping, ActionForm form,
            HttpServletRequest request, HttpServletResponse response) throws ServletException {
        try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, ex.getMessage());
        } catch (java.io.IOException e) {
            throw new ServletException(e);
        }
        return null;
    }
}
