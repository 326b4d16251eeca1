package com.lakeshoremutual.office.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.lakeshoremutual.office.domain.Instalment;
import com.lakeshoremutual.office.domain.Policy;
import com.lakeshoremutual.office.util.DateUtils;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules of the training policies and receipts paying the oldest instalments first. */
class InstalmentPlanTest {

    private final InstalmentPlan plan = new InstalmentPlan();

    @Test
    void anAnnualPlanPaysOnceAtInceptionWithoutFee() {
        List<Instalment> schedule = plan.schedule(policy("1598.00", "ANNUAL", 2023, 10, 15));
        assertEquals(1, schedule.size());
        assertEquals(new BigDecimal("1598.00"), schedule.get(0).getAmount());
        assertEquals("10/15/2023", DateUtils.format(schedule.get(0).getDueDate()));
    }

    @Test
    void aMonthlyPlanPaysTwelveInstalmentsWithTheFeeAndTheOddCentsFirst() {
        List<Instalment> schedule = plan.schedule(policy("883.36", "MONTHLY", 2024, 4, 1));
        assertEquals(12, schedule.size());
        assertEquals(new BigDecimal("76.65"), schedule.get(0).getAmount());
        assertEquals(new BigDecimal("76.61"), schedule.get(11).getAmount());
        assertEquals("03/01/2025", DateUtils.format(schedule.get(11).getDueDate()));
        BigDecimal total = BigDecimal.ZERO;
        for (Instalment instalment : schedule) {
            total = total.add(instalment.getAmount());
        }
        assertEquals(new BigDecimal("919.36"), total);
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfShorterMonths() {
        List<Instalment> schedule = plan.schedule(policy("1200.00", "MONTHLY", 2024, 1, 31));
        assertEquals("02/29/2024", DateUtils.format(schedule.get(1).getDueDate()));
        assertEquals("04/30/2024", DateUtils.format(schedule.get(3).getDueDate()));
    }

    @Test
    void aReceiptPaysTheOldestInstalmentsFirstAndMayLeaveOnePartPaid() {
        List<Instalment> schedule = plan.schedule(policy("738.00", "MONTHLY", 2024, 1, 1));
        List<Instalment> changed = plan.allocate(schedule, new BigDecimal("150.00"));
        assertEquals(3, changed.size());
        assertEquals("PAID", schedule.get(0).getStatus());
        assertEquals("PAID", schedule.get(1).getStatus());
        assertEquals("DUE", schedule.get(2).getStatus());
        assertEquals(new BigDecimal("21.00"), schedule.get(2).getPaidAmount());
        assertEquals(new BigDecimal("43.50"), schedule.get(2).getOutstanding());
    }

    @Test
    void whatIsLeftAfterTheLastInstalmentIsACredit() {
        List<Instalment> schedule = plan.schedule(policy("1598.00", "ANNUAL", 2023, 10, 15));
        assertEquals(new BigDecimal("2.00"), plan.unallocated(schedule, new BigDecimal("1600.00")));
        assertEquals(BigDecimal.ZERO, plan.unallocated(schedule, new BigDecimal("100.00")));
    }

    private static Policy policy(String premium, String paymentPlan, int year, int month, int day) {
        Policy policy = new Policy();
        policy.setId(100L);
        policy.setAnnualPremium(new BigDecimal(premium));
        policy.setPaymentPlan(paymentPlan);
        policy.setInceptionDate(DateUtils.date(year, month, day));
        return policy;
    }
}
