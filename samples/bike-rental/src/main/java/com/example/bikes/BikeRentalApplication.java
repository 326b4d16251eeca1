package com.example.bikes;

import com.example.bikes.system.BikeRentalRuntimeHints;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ImportRuntimeHints;

/**
 * Spoke &amp; Chain: the web application of a small bike rental shop.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@ImportRuntimeHints(BikeRentalRuntimeHints.class)
public class BikeRentalApplication {

    public static void main(String[] args) {
        SpringApplication.run(BikeRentalApplication.class, args);
    }
}
