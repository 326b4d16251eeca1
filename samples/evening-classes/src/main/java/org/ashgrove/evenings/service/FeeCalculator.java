package org.ashgrove.evenings.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Enrolment;
import org.springframework.stereotype.Component;

/**
 * The fees policy of the centre (2019): the tuition fee less the concession, plus the materials fee, which is never
 * reduced; a cancellation refunds what was charged less a £10.00 administration charge.
 */
@Component
public class FeeCalculator {

    static final BigDecimal ADMINISTRATION_CHARGE = new BigDecimal("10.00");

    private static final BigDecimal OVER_60_PERCENT_OFF = new BigDecimal("20");
    private static final BigDecimal BENEFITS_PERCENT_OFF = new BigDecimal("50");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The fee charged for a place on the course, to the penny (half up). */
    public BigDecimal feeFor(Course course, ConcessionType concession) {
        BigDecimal percentOff = switch (concession) {
            case OVER_60 -> OVER_60_PERCENT_OFF;
            case BENEFITS -> BENEFITS_PERCENT_OFF;
            case NONE -> BigDecimal.ZERO;
        };
        BigDecimal tuition = course.getFee().multiply(HUNDRED.subtract(percentOff))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return tuition.add(course.getMaterialsFee()).setScale(2, RoundingMode.HALF_UP);
    }

    /** The refund due when the enrolment is cancelled; never below zero. */
    public BigDecimal refundFor(Enrolment enrolment) {
        return enrolment.getFeeCharged().subtract(ADMINISTRATION_CHARGE).max(BigDecimal.ZERO.setScale(2));
    }
}
