package com.northfield.payroll.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.bean.Payslip;
import com.northfield.payroll.bean.Timesheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** March 2024 has 21 working days. */
class PayCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);

    private final PayCalculator calculator = new PayCalculator(new TaxCalculator(List.of(
            new TaxBracket(new BigDecimal("0.00"), new BigDecimal("12570.00"), BigDecimal.ZERO),
            new TaxBracket(new BigDecimal("12570.00"), new BigDecimal("50270.00"), new BigDecimal("0.20")),
            new TaxBracket(new BigDecimal("50270.00"), new BigDecimal("125140.00"), new BigDecimal("0.40")),
            new TaxBracket(new BigDecimal("125140.00"), null, new BigDecimal("0.45")))));

    @Test
    void aFullMonthOfSalaryWithEveryDeduction() {
        Payslip slip = calculator.calculate(salaried("52000.00", "2012-04-02", null), MARCH, List.of(), List.of());
        assertEquals(new BigDecimal("4333.33"), slip.getGross());
        assertEquals(new BigDecimal("216.67"), slip.getPension());
        assertEquals(new BigDecimal("613.83"), slip.getIncomeTax());
        // 8% of 4,189.00 - 1,048.00 plus 2% of 4,333.33 - 4,189.00
        assertEquals(new BigDecimal("254.17"), slip.getSocialInsurance());
        assertEquals(new BigDecimal("3248.66"), slip.getNet());
    }

    @Test
    void joinersAndLeaversArePaidForTheirWorkingDaysOnly() {
        // started on Monday 11 March: 15 of 21 days
        assertEquals(new BigDecimal("1875.00"),
                calculator.calculate(salaried("31500.00", "2024-03-11", null), MARCH, List.of(), List.of()).getGross());
        // left on Friday 15 March: 11 of 21 days
        assertEquals(new BigDecimal("1484.13"),
                calculator.calculate(salaried("34000.00", "2022-03-14", "2024-03-15"), MARCH, List.of(), List.of()).getGross());
    }

    @Test
    void unpaidLeaveCostsADayOfSalaryPerWorkingDay() {
        LeaveRequest wedToFri = new LeaveRequest();
        wedToFri.setStartDate(LocalDate.of(2024, 3, 20));
        wedToFri.setEndDate(LocalDate.of(2024, 3, 22));
        Payslip slip = calculator.calculate(salaried("61200.00", "2018-01-08", null), MARCH, List.of(), List.of(wedToFri));
        assertEquals(new BigDecimal("3.0"), slip.getUnpaidDays());
        assertEquals(new BigDecimal("4393.85"), slip.getGross()); // 5,100.00 - 3 * 235.38...
    }

    @Test
    void hourlyStaffArePaidTheirApprovedHoursWithOvertimeAtTimeAndAHalf() {
        Employee tomasz = new Employee();
        tomasz.setId(4);
        tomasz.setFirstName("Tomasz");
        tomasz.setLastName("Nowak");
        tomasz.setPayType("HOURLY");
        tomasz.setHourlyRate(new BigDecimal("17.40"));
        tomasz.setStartDate(LocalDate.of(2019, 6, 17));
        Payslip slip = calculator.calculate(tomasz, MARCH,
                List.of(week("40.00", "4.00"), week("40.00", "0.00"), week("38.00", "2.00"), week("40.00", "5.00")),
                List.of());
        assertEquals(new BigDecimal("158.00"), slip.getRegularHours());
        assertEquals(new BigDecimal("11.00"), slip.getOvertimeHours());
        assertEquals(new BigDecimal("3036.30"), slip.getGross());
        assertEquals(new BigDecimal("2358.02"), slip.getNet());
    }

    @Test
    void noSocialInsuranceBelowTheLowerLimit() {
        assertEquals(new BigDecimal("0.00"), PayCalculator.socialInsurance(new BigDecimal("1048.00")));
        assertEquals(new BigDecimal("0.08"), PayCalculator.socialInsurance(new BigDecimal("1049.00")));
    }

    private static Employee salaried(String salary, String start, String end) {
        Employee e = new Employee();
        e.setId(1);
        e.setFirstName("Test");
        e.setLastName("Employee");
        e.setPayType("SALARIED");
        e.setAnnualSalary(new BigDecimal(salary));
        e.setStartDate(LocalDate.parse(start));
        e.setEndDate(end == null ? null : LocalDate.parse(end));
        return e;
    }

    private static Timesheet week(String regular, String overtime) {
        Timesheet t = new Timesheet();
        t.setEmployeeId(4);
        t.setRegularHours(new BigDecimal(regular));
        t.setOvertimeHours(new BigDecimal(overtime));
        return t;
    }
}
