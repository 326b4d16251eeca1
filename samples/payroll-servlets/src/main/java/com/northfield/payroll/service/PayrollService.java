package com.northfield.payroll.service;

import com.northfield.payroll.Constants;
import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.bean.PayrollRun;
import com.northfield.payroll.bean.Payslip;
import com.northfield.payroll.bean.Timesheet;
import com.northfield.payroll.calc.PayCalculator;
import com.northfield.payroll.calc.TaxBracket;
import com.northfield.payroll.calc.TaxCalculator;
import com.northfield.payroll.dao.DataAccessException;
import com.northfield.payroll.dao.EmployeeDao;
import com.northfield.payroll.dao.LeaveDao;
import com.northfield.payroll.dao.PayrollDao;
import com.northfield.payroll.dao.TaxBracketDao;
import com.northfield.payroll.dao.TimesheetDao;
import com.northfield.payroll.util.DbUtil;
import com.northfield.payroll.util.WebUtils;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The monthly payroll run, in one database transaction: everybody on the payroll gets a payslip, the month's
 * approved timesheets are marked paid, or nothing happens at all.
 */
public class PayrollService implements Constants {

    private static final Logger LOG = Logger.getLogger(PayrollService.class.getName());

    private final DataSource dataSource;
    private final EmployeeDao employeeDao;
    private final TimesheetDao timesheetDao;
    private final LeaveDao leaveDao;
    private final PayrollDao payrollDao;
    private final TaxBracketDao taxBracketDao;

    public PayrollService(DataSource dataSource) {
        this.dataSource = dataSource;
        this.employeeDao = new EmployeeDao(dataSource);
        this.timesheetDao = new TimesheetDao(dataSource);
        this.leaveDao = new LeaveDao(dataSource);
        this.payrollDao = new PayrollDao(dataSource);
        this.taxBracketDao = new TaxBracketDao(dataSource);
    }

    public PayrollRun run(YearMonth period, String username) throws PayrollException {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        Connection conn = null;
        try {
            conn = dataSource.getConnection();
            conn.setAutoCommit(false);

            if (payrollDao.findByPeriod(conn, period.toString()) != null) {
                throw new PayrollException("The payroll for " + period + " has already been run.");
            }
            List<TaxBracket> brackets = taxBracketDao.forYear(conn, period.getYear());
            if (brackets.isEmpty()) {
                throw new PayrollException("There are no tax brackets for " + period.getYear() + ".");
            }
            PayCalculator calculator = new PayCalculator(new TaxCalculator(brackets));
            List<Employee> employees = employeeDao.findPayable(conn, first, last);
            List<Timesheet> timesheets = timesheetDao.findApproved(conn, first, last);
            List<LeaveRequest> unpaidLeave = leaveDao.findApprovedUnpaid(conn, first, last);

            PayrollRun run = new PayrollRun();
            run.setPeriod(period.toString());
            run.setPayDate(WebUtils.lastWorkingDay(period));
            run.setRunAt(LocalDateTime.now());
            run.setRunBy(username);
            run.setId(payrollDao.insertRun(conn, run));

            BigDecimal totalGross = BigDecimal.ZERO;
            BigDecimal totalNet = BigDecimal.ZERO;
            for (Employee employee : employees) {
                Payslip slip = calculator.calculate(employee, period, timesheetsOf(employee, timesheets),
                        leaveOf(employee, unpaidLeave));
                slip.setRunId(run.getId());
                payrollDao.insertPayslip(conn, slip);
                totalGross = totalGross.add(slip.getGross());
                totalNet = totalNet.add(slip.getNet());
            }
            int paidSheets = payrollDao.markTimesheetsPaid(conn, run.getId(), first, last);
            payrollDao.updateTotals(conn, run.getId(), employees.size(), totalGross, totalNet);
            conn.commit();

            LOG.info("Payroll " + period + " run by " + username + ": " + employees.size() + " payslips, "
                    + paidSheets + " timesheets paid");
            run.setEmployeeCount(employees.size());
            run.setTotalGross(totalGross);
            run.setTotalNet(totalNet);
            return run;
        } catch (SQLException e) {
            DbUtil.rollback(conn);
            throw new DataAccessException("payroll run " + period, e);
        } catch (PayrollException | RuntimeException e) {
            DbUtil.rollback(conn);
            throw e;
        } finally {
            if (conn != null) {
                try {
                    conn.setAutoCommit(true);
                } catch (SQLException e) {
                    // ignore
                }
            }
            DbUtil.close(conn);
        }
    }

    private static List<Timesheet> timesheetsOf(Employee employee, List<Timesheet> all) {
        List<Timesheet> result = new ArrayList<Timesheet>();
        for (Timesheet t : all) {
            if (t.getEmployeeId().equals(employee.getId())) {
                result.add(t);
            }
        }
        return result;
    }

    // copy of timesheetsOf
    private static List<LeaveRequest> leaveOf(Employee employee, List<LeaveRequest> all) {
        List<LeaveRequest> result = new ArrayList<LeaveRequest>();
        for (LeaveRequest l : all) {
            if (l.getEmployeeId().equals(employee.getId())) {
                result.add(l);
            }
        }
        return result;
    }
}
