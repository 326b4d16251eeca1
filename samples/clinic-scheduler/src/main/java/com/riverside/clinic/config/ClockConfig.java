package com.riverside.clinic.config;

import com.riverside.clinic.util.ClinicConstants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, so that the training installation can run on a fixed day.
 */
@Configuration
public class ClockConfig {

    private static final Logger log = LoggerFactory.getLogger(ClockConfig.class);

    @Bean
    public Clock clock(@Value("${clinic.clock.fixed:}") String fixed) {
        ZoneId zone = ZoneId.of(ClinicConstants.CLINIC_ZONE);
        if (fixed == null || fixed.isBlank()) {
            return Clock.system(zone);
        }
        log.warn("Clock pinned to {} by clinic.clock.fixed: training data only!", fixed);
        return Clock.fixed(Instant.parse(fixed), zone);
    }
}
