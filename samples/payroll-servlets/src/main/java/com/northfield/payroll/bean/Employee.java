package com.northfield.payroll.bean;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An employee as HR keeps them. Joined with department for the name.
 */
public class Employee {

    private Integer id;
    private String payrollNo;
    private String firstName;
    private String lastName;
    private String email;
    private String deptCode;
    private String deptName;
    private String jobTitle;
    private String payType;
    private BigDecimal annualSalary;
    private BigDecimal hourlyRate;
    private String sortCode;
    private String accountNo;
    private LocalDate startDate;
    private LocalDate endDate;
    private String status;
    private int leaveAllowance;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getPayrollNo() {
        return payrollNo;
    }

    public void setPayrollNo(String payrollNo) {
        this.payrollNo = payrollNo;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDeptCode() {
        return deptCode;
    }

    public void setDeptCode(String deptCode) {
        this.deptCode = deptCode;
    }

    public String getDeptName() {
        return deptName;
    }

    public void setDeptName(String deptName) {
        this.deptName = deptName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getPayType() {
        return payType;
    }

    public void setPayType(String payType) {
        this.payType = payType;
    }

    public BigDecimal getAnnualSalary() {
        return annualSalary;
    }

    public void setAnnualSalary(BigDecimal annualSalary) {
        this.annualSalary = annualSalary;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public String getSortCode() {
        return sortCode;
    }

    public void setSortCode(String sortCode) {
        this.sortCode = sortCode;
    }

    public String getAccountNo() {
        return accountNo;
    }

    public void setAccountNo(String accountNo) {
        this.accountNo = accountNo;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getLeaveAllowance() {
        return leaveAllowance;
    }

    public void setLeaveAllowance(int leaveAllowance) {
        this.leaveAllowance = leaveAllowance;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public boolean isHourly() {
        return "HOURLY".equals(payType);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    /** Still on the payroll on some day of the given period? */
    public boolean isEmployedBetween(LocalDate first, LocalDate last) {
        return !startDate.isAfter(last) && (endDate == null || !endDate.isBefore(first));
    }
}
