package com.example.bikes.rental;

import com.example.bikes.bike.BikeType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The two-step booking form, kept in the HTTP session between its steps: first who rides and which kind of bike,
 * then when and for how long.
 */
public class BookingForm implements Serializable {

    /** Validation group of the first step. */
    public interface BikeChoice {
    }

    /** Validation group of the second step. */
    public interface Schedule {
    }

    @NotNull(groups = BikeChoice.class)
    private Integer customerId;

    @NotNull(groups = BikeChoice.class)
    private BikeType bikeType;

    @NotNull(groups = Schedule.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull(groups = Schedule.class)
    @Min(value = 1, groups = Schedule.class)
    @Max(value = 28, groups = Schedule.class)
    private Integer days;

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public BikeType getBikeType() {
        return bikeType;
    }

    public void setBikeType(BikeType bikeType) {
        this.bikeType = bikeType;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public boolean isBikeChosen() {
        return customerId != null && bikeType != null;
    }
}
