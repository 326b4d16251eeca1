package com.example.bikes.rental;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.bikes.bike.BikeType;
import com.example.bikes.customer.MembershipLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {

    private final PriceCalculator calculator = new PriceCalculator();

    @Test
    void chargesTheDailyRatePerDay() {
        assertThat(calculator.price(type("35.00"), 3, MembershipLevel.NONE)).isEqualByComparingTo("105.00");
    }

    @Test
    void givesFifteenPercentOffForAWeekOrMore() {
        assertThat(calculator.price(type("25.00"), 6, MembershipLevel.NONE)).isEqualByComparingTo("150.00");
        assertThat(calculator.price(type("25.00"), 7, MembershipLevel.NONE)).isEqualByComparingTo("148.75");
    }

    @Test
    void appliesTheMembershipDiscountLastAndRoundsToCents() {
        assertThat(calculator.price(type("25.00"), 3, MembershipLevel.SILVER)).isEqualByComparingTo("71.25");
        assertThat(calculator.price(type("25.00"), 7, MembershipLevel.GOLD)).isEqualByComparingTo("133.88");
        assertThat(calculator.price(type("25.00"), 7, MembershipLevel.GOLD).scale()).isEqualTo(2);
    }

    private static BikeType type(String dailyRate) {
        BikeType type = new BikeType();
        type.setName("test");
        type.setDailyRate(new BigDecimal(dailyRate));
        return type;
    }
}
