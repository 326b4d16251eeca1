package com.acme.travel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Acme Travel Desk - back office of the agency (trips, customers, bookings, payments).
 */
@SpringBootApplication
@EnableTransactionManagement
public class TravelDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(TravelDeskApplication.class, args);
    }
}
