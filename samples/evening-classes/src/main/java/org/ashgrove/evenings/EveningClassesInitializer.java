package org.ashgrove.evenings;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.XmlWebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.servlet.support.AbstractDispatcherServletInitializer;

/**
 * What web.xml used to say, in code (Servlet 3.0, 2013): the container finds this class through Spring's
 * {@code SpringServletContainerInitializer} and it registers the root context, the DispatcherServlet on "/" and
 * the encoding filter.
 *
 * <p>The root context is the XML of {@code spring/datasource-config.xml} and {@code spring/business-config.xml};
 * the repositories come from profile "jpa" unless {@code -Dspring.profiles.active=jdbc} says otherwise. The
 * DispatcherServlet's own context is {@code spring/mvc-config.xml}.
 */
public class EveningClassesInitializer extends AbstractDispatcherServletInitializer {

    /** The repositories of the "jpa" profile; the "jdbc" ones are the 2013 originals, kept for the reports server. */
    private static final String DEFAULT_PROFILE = "jpa";

    @Override
    public void onStartup(ServletContext servletContext) throws ServletException {
        super.onStartup(servletContext);
        // the 2016 penetration test: no session ids in URLs
        servletContext.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }

    @Override
    protected WebApplicationContext createRootApplicationContext() {
        XmlWebApplicationContext rootContext = new XmlWebApplicationContext();
        rootContext.setConfigLocations("classpath:spring/datasource-config.xml",
                "classpath:spring/business-config.xml");
        rootContext.getEnvironment().setDefaultProfiles(DEFAULT_PROFILE);
        return rootContext;
    }

    @Override
    protected WebApplicationContext createServletApplicationContext() {
        XmlWebApplicationContext webContext = new XmlWebApplicationContext();
        webContext.setConfigLocation("classpath:spring/mvc-config.xml");
        return webContext;
    }

    @Override
    protected String[] getServletMappings() {
        return new String[] {"/"};
    }

    @Override
    protected Filter[] getServletFilters() {
        CharacterEncodingFilter encodingFilter = new CharacterEncodingFilter();
        encodingFilter.setEncoding("UTF-8");
        encodingFilter.setForceEncoding(true);
        return new Filter[] {encodingFilter};
    }
}
