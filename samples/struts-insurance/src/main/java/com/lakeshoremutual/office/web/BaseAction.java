package com.lakeshoremutual.office.web;

import javax.servlet.http.HttpServletRequest;
import org.apache.struts.action.Action;
import org.apache.struts.action.ActionMessage;
import org.apache.struts.action.ActionMessages;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Base of the office actions: Spring beans from the root application context (the Struts plug-in of Spring 2.5
 * was dropped with Spring 4), the session user, request parameters and the messages shown after a redirect.
 */
public abstract class BaseAction extends Action {

    protected Object getBean(String name) {
        WebApplicationContext context =
                WebApplicationContextUtils.getRequiredWebApplicationContext(getServlet().getServletContext());
        return context.getBean(name);
    }

    protected UserSession getUser(HttpServletRequest request) {
        return (UserSession) request.getSession().getAttribute(WebKeys.USER);
    }

    /** The parameter as a Long, or null when it is missing or not a number. */
    protected Long getLong(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A message for the next page, kept in the session across the redirect (shown once). */
    protected void saveFlash(HttpServletRequest request, String key, Object... args) {
        ActionMessages messages = new ActionMessages();
        messages.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage(key, args));
        saveMessages(request.getSession(), messages);
    }

    protected void saveError(HttpServletRequest request, String key, Object... args) {
        ActionMessages errors = new ActionMessages();
        errors.add(ActionMessages.GLOBAL_MESSAGE, new ActionMessage(key, args));
        saveErrors(request, errors);
    }
}
