package com.northfield.payroll.listener;

import com.northfield.payroll.Constants;
import com.northfield.payroll.util.DbUtil;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Creates the application's one DataSource when the webapp starts, and the database with it when
 * payroll.initDatabase is true; closes it when the webapp stops. Servlets find the DataSource in the servlet
 * context under Constants.DATA_SOURCE.
 */
public class PayrollContextListener implements ServletContextListener, Constants {

    private static final Logger LOG = Logger.getLogger(PayrollContextListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        String url = ctx.getInitParameter("payroll.jdbc.url");
        String user = ctx.getInitParameter("payroll.jdbc.user");
        String password = ctx.getInitParameter("payroll.jdbc.password");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, user, password == null ? "" : password);
        pool.setMaxConnections(Integer.parseInt(ctx.getInitParameter("payroll.jdbc.maxConnections")));
        ctx.setAttribute(DATA_SOURCE, pool);
        ctx.setAttribute(LEAVE_YEAR, Integer.valueOf(ctx.getInitParameter("payroll.leaveYear")));

        if ("true".equalsIgnoreCase(ctx.getInitParameter("payroll.initDatabase"))) {
            Connection conn = null;
            try {
                conn = pool.getConnection();
                int schema = DbUtil.runScript(conn, "/sql/schema.sql");
                int seed = DbUtil.runScript(conn, "/sql/seed.sql");
                LOG.info("Database " + url + " created: " + schema + " DDL and " + seed + " seed statements");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot initialise the database " + url, e);
            } finally {
                DbUtil.close(conn);
            }
        }
        LOG.info(APP_NAME + " started, leave year " + ctx.getAttribute(LEAVE_YEAR));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object ds = event.getServletContext().getAttribute(DATA_SOURCE);
        if (ds instanceof JdbcConnectionPool) {
            ((JdbcConnectionPool) ds).dispose();
        }
        event.getServletContext().removeAttribute(DATA_SOURCE);
    }
}
