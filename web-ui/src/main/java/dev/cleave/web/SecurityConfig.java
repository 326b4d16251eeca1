package dev.cleave.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * A local, single-user tool: no login, but every state-changing request needs the CSRF token of the page it
 * came from (forms carry it as {@code _csrf}, scripts send the {@code X-CSRF-TOKEN} header), pages may not be
 * framed, and scripts load only from this server.
 */
@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain wizardSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> { })
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }
}
