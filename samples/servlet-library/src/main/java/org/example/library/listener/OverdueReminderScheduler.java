package org.example.library.listener;

import java.util.Timer;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

import org.example.library.service.OverdueScanner;
import org.example.library.util.AppConfig;

/**
 * Starts the nightly overdue reminders on a daemon java.util.Timer and stops it with the context.
 * Settings: scheduler.enabled, scheduler.initialDelayMinutes, scheduler.periodMinutes.
 */
@WebListener
public class OverdueReminderScheduler implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(OverdueReminderScheduler.class.getName());

    private Timer timer;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!AppConfig.getBoolean("scheduler.enabled", true)) {
            LOG.info("overdue reminders disabled");
            return;
        }
        long delay = TimeUnit.MINUTES.toMillis(AppConfig.getInt("scheduler.initialDelayMinutes", 60));
        long period = TimeUnit.MINUTES.toMillis(AppConfig.getInt("scheduler.periodMinutes", 1440));
        timer = new Timer("overdue-reminders", true);
        timer.scheduleAtFixedRate(new OverdueScanner(), delay, period);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
