package dev.cleave.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The wizard's entry point: {@code ./cleave ui} or {@code java -jar cleave-web-ui-exec.jar}. There are no users
 * to log in (a local tool; see {@link SecurityConfig}), so Boot's generated default user is left out.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class WebUiApplication {
    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }
}
