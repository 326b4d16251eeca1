package org.example.library.listener;

import java.util.logging.Logger;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import org.example.library.db.DatabaseInitializer;
import org.example.library.service.LibraryManager;
import org.example.library.util.LibraryClock;
import org.example.library.util.ServiceLocator;

/**
 * Start-up (declared in web.xml, so it runs before the annotated listeners): fixes the library
 * clock, creates and seeds the database, and publishes the LibraryManager for the JSPs.
 */
public class AppContextListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(AppContextListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        LibraryClock.configure();
        if (!"false".equals(context.getInitParameter("library.initDatabase"))) {
            DatabaseInitializer.initialize();
        }
        ServiceLocator.getInstance().reset();
        context.setAttribute("libraryManager", LibraryManager.getInstance());
        LOG.info(LibraryManager.getInstance().getLibraryName() + " started, today is "
                + LibraryManager.getInstance().todayAsString());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ServiceLocator.getInstance().reset();
        event.getServletContext().removeAttribute("libraryManager");
    }
}
