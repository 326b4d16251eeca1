package com.northfield.payroll;

import java.math.BigDecimal;

/**
 * Application-wide constants. Classes implement this interface to use them without a prefix.
 */
public interface Constants {

    String APP_NAME = "Northfield Mills Payroll";
    String COMPANY_NAME = "NORTHFIELD MILLS LTD";

    // servlet context and session attributes
    String DATA_SOURCE = "payroll.dataSource";
    String LEAVE_YEAR = "payroll.leaveYear";
    String SESSION_USER = "loggedInUser";
    String SESSION_FLASH = "flash";

    // roles (app_user.role)
    String ROLE_HR = "HR";
    String ROLE_PAYROLL = "PAYROLL";

    // employee.pay_type and employee.status
    String PAY_SALARIED = "SALARIED";
    String PAY_HOURLY = "HOURLY";
    String EMP_ACTIVE = "ACTIVE";
    String EMP_TERMINATED = "TERMINATED";

    // timesheet.status
    String TS_SUBMITTED = "SUBMITTED";
    String TS_APPROVED = "APPROVED";
    String TS_REJECTED = "REJECTED";
    String TS_PAID = "PAID";

    // leave_request.leave_type and .status
    String LEAVE_ANNUAL = "ANNUAL";
    String LEAVE_SICK = "SICK";
    String LEAVE_UNPAID = "UNPAID";
    String LEAVE_REQUESTED = "REQUESTED";
    String LEAVE_APPROVED = "APPROVED";
    String LEAVE_REJECTED = "REJECTED";
    String LEAVE_CANCELLED = "CANCELLED";

    // pay rules (2024 rates; the tax bands are in the tax_bracket table)
    BigDecimal PENSION_RATE = new BigDecimal("0.05");
    BigDecimal SOCIAL_LOWER_MONTHLY = new BigDecimal("1048.00");
    BigDecimal SOCIAL_UPPER_MONTHLY = new BigDecimal("4189.00");
    BigDecimal SOCIAL_MAIN_RATE = new BigDecimal("0.08");
    BigDecimal SOCIAL_UPPER_RATE = new BigDecimal("0.02");
    BigDecimal OVERTIME_FACTOR = new BigDecimal("1.5");
    int WORKING_DAYS_PER_YEAR = 260;
    int MAX_WEEKLY_HOURS = 60;

    String DATE_PATTERN = "yyyy-MM-dd";
    String PERIOD_PATTERN = "yyyy-MM";
}
