package com.riverside.clinic.service;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every weekday evening: appointments still BOOKED after their end become NO_SHOW and get the no-show fee.
 */
@Component
public class NoShowJob {

    private static final Logger log = LoggerFactory.getLogger(NoShowJob.class);

    private final AppointmentService appointmentService;
    private final Clock clock;

    public NoShowJob(AppointmentService appointmentService, Clock clock) {
        this.appointmentService = appointmentService;
        this.clock = clock;
    }

    @Scheduled(cron = "${clinic.jobs.no-show.cron}", zone = "Europe/Amsterdam")
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock);
        int count = appointmentService.markNoShows(now);
        log.info("No-show run at {}: {} appointment(s) marked", now, count);
    }
}
