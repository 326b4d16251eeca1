package com.riverside.clinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ClinicSchedulerApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClinicSchedulerApplication.class, args);
    }
}
