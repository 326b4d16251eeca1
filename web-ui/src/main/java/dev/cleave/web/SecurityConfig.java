package dev.cleave.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.LinkedHashMap;

/**
 * A local, single-user tool: no login, but every state-changing request needs the CSRF token of the page it
 * came from (forms carry it as {@code _csrf}, scripts send the {@code X-CSRF-TOKEN} header), pages may not be
 * framed, and scripts load only from this server. A refused JSON call answers 403 with {@code {"error": ...}}
 * like the JSON calls' other errors; a refused page request gets the error page.
 */
@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain wizardSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> { })
                .exceptionHandling(e -> e.accessDeniedHandler(denied()))
                .headers(headers -> headers
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
                                + " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none';"
                                + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
        return http.build();
    }

    private static AccessDeniedHandler denied() {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> byPath = new LinkedHashMap<>();
        byPath.put(ApiAccessDenied::isApi, new ApiAccessDenied());
        return new RequestMatcherDelegatingAccessDeniedHandler(byPath, new AccessDeniedHandlerImpl());
    }
}
