package org.ashgrove.evenings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Enrolment;
import org.junit.jupiter.api.Test;

/** The fees policy on hand-checked figures (the same as the seed data's and the scenarios'). */
class FeeCalculatorTest {

    private final FeeCalculator calculator = new FeeCalculator();

    @Test
    void theConcessionReducesTheTuitionFee() {
        Course spanish = course("120.00", "0.00");
        assertEquals(new BigDecimal("120.00"), calculator.feeFor(spanish, ConcessionType.NONE));
        assertEquals(new BigDecimal("96.00"), calculator.feeFor(spanish, ConcessionType.OVER_60));
        assertEquals(new BigDecimal("60.00"), calculator.feeFor(spanish, ConcessionType.BENEFITS));
    }

    @Test
    void theMaterialsFeeIsNeverReduced() {
        assertEquals(new BigDecimal("88.80"), calculator.feeFor(course("96.00", "12.00"), ConcessionType.OVER_60));
        assertEquals(new BigDecimal("67.50"), calculator.feeFor(course("85.00", "25.00"), ConcessionType.BENEFITS));
    }

    @Test
    void theTuitionIsRoundedToThePennyHalfUp() {
        assertEquals(new BigDecimal("26.66"), calculator.feeFor(course("33.33", "0.00"), ConcessionType.OVER_60));
        assertEquals(new BigDecimal("16.68"), calculator.feeFor(course("33.35", "0.00"), ConcessionType.BENEFITS));
    }

    @Test
    void aRefundKeepsTheAdministrationChargeAndIsNeverNegative() {
        assertEquals(new BigDecimal("86.00"), calculator.refundFor(charged("96.00")));
        assertEquals(new BigDecimal("0.00"), calculator.refundFor(charged("10.00")));
        assertEquals(new BigDecimal("0.00"), calculator.refundFor(charged("7.50")));
    }

    private static Course course(String fee, String materials) {
        Course course = new Course();
        course.setFee(new BigDecimal(fee));
        course.setMaterialsFee(new BigDecimal(materials));
        return course;
    }

    private static Enrolment charged(String fee) {
        Enrolment enrolment = new Enrolment();
        enrolment.setFeeCharged(new BigDecimal(fee));
        return enrolment;
    }
}
