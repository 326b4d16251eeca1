package com.acme.shop.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns the nightly jobs on. Off with {@code shop.scheduling.enabled=false} (tests do that).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "shop.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfig {
}
