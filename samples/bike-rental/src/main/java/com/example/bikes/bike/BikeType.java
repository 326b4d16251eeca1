package com.example.bikes.bike;

import com.example.bikes.model.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A kind of bike the shop rents out (city, mountain, e-bike...), with its price per day.
 */
@Entity
@Table(name = "bike_types")
public class BikeType extends BaseEntity {

    @Column(name = "name")
    private String name;

    @Column(name = "daily_rate")
    private BigDecimal dailyRate;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getDailyRate() {
        return dailyRate;
    }

    public void setDailyRate(BigDecimal dailyRate) {
        this.dailyRate = dailyRate;
    }

    @Override
    public String toString() {
        return name;
    }
}
