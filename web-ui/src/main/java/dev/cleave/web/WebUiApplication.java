package dev.cleave.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The wizard's entry point: {@code ./cleave ui} or {@code java -jar cleave-web-ui.jar}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebUiApplication {
    public static void main(String[] args) {
        SpringApplication.run(WebUiApplication.class, args);
    }
}
