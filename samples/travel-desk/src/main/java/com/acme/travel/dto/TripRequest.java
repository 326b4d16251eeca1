package com.acme.travel.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.validation.constraints.DecimalMin;
import javax.validation.constraints.Max;
import javax.validation.constraints.Min;
import javax.validation.constraints.NotBlank;
import javax.validation.constraints.NotNull;
import javax.validation.constraints.Pattern;

/**
 * Body of POST and PUT /api/trips. The code and destination of an existing trip cannot change.
 */
public class TripRequest {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Z]{3}-[A-Z]+-\\d{1,2}", message = "must look like LIS-CITY-5")
    private String code;

    @NotBlank(message = "is required")
    private String title;

    @NotBlank(message = "is required")
    private String destination;

    @NotNull(message = "is required")
    @DecimalMin(value = "1.00", message = "must be at least 1.00")
    private BigDecimal price;

    @NotBlank(message = "is required")
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter currency code")
    private String currency;

    @Min(value = 1, message = "must be at least 1")
    @Max(value = 500, message = "must be at most 500")
    private int seatsTotal;

    @NotNull(message = "is required")
    private LocalDate departureDate;

    @Min(value = 1, message = "must be at least 1")
    private int durationDays;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public int getSeatsTotal() {
        return seatsTotal;
    }

    public void setSeatsTotal(int seatsTotal) {
        this.seatsTotal = seatsTotal;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(LocalDate departureDate) {
        this.departureDate = departureDate;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(int durationDays) {
        this.durationDays = durationDays;
    }
}
