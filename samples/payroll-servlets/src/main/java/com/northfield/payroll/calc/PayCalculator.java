package com.northfield.payroll.calc;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.bean.Payslip;
import com.northfield.payroll.bean.Timesheet;
import com.northfield.payroll.util.WebUtils;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Works out one employee's payslip for one month.
 * <ul>
 * <li>salaried: a twelfth of the annual salary, pro rata by working days when the employee joins or leaves
 * during the month, less a day's pay (salary / 260) for every working day of approved unpaid leave;</li>
 * <li>hourly: approved timesheets of the weeks starting in the month, overtime at time and a half;</li>
 * <li>then 5% pension (before tax), income tax on the rest, social insurance on gross pay.</li>
 * </ul>
 */
public class PayCalculator implements Constants {

    private static final BigDecimal MONTHS = new BigDecimal("12");

    private final TaxCalculator taxCalculator;

    public PayCalculator(TaxCalculator taxCalculator) {
        this.taxCalculator = taxCalculator;
    }

    public Payslip calculate(Employee employee, YearMonth period, List<Timesheet> approvedTimesheets,
            List<LeaveRequest> unpaidLeave) {
        Payslip slip = new Payslip();
        slip.setEmployeeId(employee.getId());
        slip.setPayrollNo(employee.getPayrollNo());
        slip.setEmployeeName(employee.getFullName());
        slip.setDeptCode(employee.getDeptCode());
        slip.setRegularHours(BigDecimal.ZERO.setScale(2));
        slip.setOvertimeHours(BigDecimal.ZERO.setScale(2));
        slip.setUnpaidDays(BigDecimal.ZERO.setScale(1));

        BigDecimal gross;
        if (PAY_HOURLY.equals(employee.getPayType())) {
            gross = hourlyPay(employee, approvedTimesheets, slip);
        } else {
            gross = salariedPay(employee, period, unpaidLeave, slip);
        }
        gross = round(gross);

        BigDecimal pension = round(gross.multiply(PENSION_RATE));
        BigDecimal tax = taxCalculator.monthlyTax(gross.subtract(pension));
        BigDecimal social = socialInsurance(gross);
        slip.setGross(gross);
        slip.setPension(pension);
        slip.setIncomeTax(tax);
        slip.setSocialInsurance(social);
        slip.setNet(gross.subtract(pension).subtract(tax).subtract(social));
        return slip;
    }

    private BigDecimal hourlyPay(Employee employee, List<Timesheet> timesheets, Payslip slip) {
        BigDecimal regular = BigDecimal.ZERO;
        BigDecimal overtime = BigDecimal.ZERO;
        for (Timesheet ts : timesheets) {
            regular = regular.add(ts.getRegularHours());
            overtime = overtime.add(ts.getOvertimeHours());
        }
        slip.setRegularHours(regular.setScale(2));
        slip.setOvertimeHours(overtime.setScale(2));
        BigDecimal rate = employee.getHourlyRate();
        return regular.multiply(rate).add(overtime.multiply(rate).multiply(OVERTIME_FACTOR));
    }

    private BigDecimal salariedPay(Employee employee, YearMonth period, List<LeaveRequest> unpaidLeave, Payslip slip) {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        BigDecimal monthly = employee.getAnnualSalary().divide(MONTHS, 10, RoundingMode.HALF_UP);

        LocalDate from = employee.getStartDate().isAfter(first) ? employee.getStartDate() : first;
        LocalDate to = employee.getEndDate() != null && employee.getEndDate().isBefore(last) ? employee.getEndDate() : last;
        if (!from.equals(first) || !to.equals(last)) {
            int worked = WebUtils.workingDaysBetween(from, to);
            int all = WebUtils.workingDaysBetween(first, last);
            monthly = monthly.multiply(new BigDecimal(worked)).divide(new BigDecimal(all), 10, RoundingMode.HALF_UP);
        }

        int unpaidDays = 0;
        for (LeaveRequest leave : unpaidLeave) {
            LocalDate start = leave.getStartDate().isBefore(from) ? from : leave.getStartDate();
            LocalDate end = leave.getEndDate().isAfter(to) ? to : leave.getEndDate();
            if (!start.isAfter(end)) {
                unpaidDays += WebUtils.workingDaysBetween(start, end);
            }
        }
        slip.setUnpaidDays(new BigDecimal(unpaidDays).setScale(1));
        BigDecimal dayRate = employee.getAnnualSalary().divide(new BigDecimal(WORKING_DAYS_PER_YEAR), 10, RoundingMode.HALF_UP);
        return monthly.subtract(dayRate.multiply(new BigDecimal(unpaidDays))).max(BigDecimal.ZERO);
    }

    /** 8% of gross pay between the lower and the upper monthly limit, 2% above. */
    static BigDecimal socialInsurance(BigDecimal gross) {
        BigDecimal social = BigDecimal.ZERO;
        if (gross.compareTo(SOCIAL_LOWER_MONTHLY) > 0) {
            BigDecimal band = gross.min(SOCIAL_UPPER_MONTHLY).subtract(SOCIAL_LOWER_MONTHLY);
            social = social.add(band.multiply(SOCIAL_MAIN_RATE));
        }
        if (gross.compareTo(SOCIAL_UPPER_MONTHLY) > 0) {
            social = social.add(gross.subtract(SOCIAL_UPPER_MONTHLY).multiply(SOCIAL_UPPER_RATE));
        }
        return round(social);
    }

    // same as WebUtils.money(); copied here when the engine was meant to become a separate jar (2017)
    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
