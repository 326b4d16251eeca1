package com.northfield.payroll.dao;

import com.northfield.payroll.bean.PayrollRun;
import com.northfield.payroll.bean.Payslip;
import com.northfield.payroll.util.DbUtil;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Payroll runs and their payslips. The payslip part predates AbstractDao and was never moved over.
 */
public class PayrollDao extends AbstractDao<PayrollRun> {

    private static final String PAYSLIP_SELECT = "SELECT p.*, e.payroll_no, e.first_name, e.last_name, e.dept_code"
            + " FROM payslip p JOIN employee e ON e.id = p.employee_id";

    public PayrollDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<PayrollRun> findAllRuns() {
        return queryList("SELECT * FROM payroll_run ORDER BY period DESC");
    }

    public PayrollRun findRun(int id) {
        return querySingle("SELECT * FROM payroll_run WHERE id = ?", id);
    }

    public PayrollRun findByPeriod(Connection conn, String period) {
        return querySingle(conn, "SELECT * FROM payroll_run WHERE period = ?", period);
    }

    public PayrollRun lastRun() {
        return querySingle("SELECT * FROM payroll_run ORDER BY period DESC LIMIT 1");
    }

    public int insertRun(Connection conn, PayrollRun run) {
        return insert(conn, "INSERT INTO payroll_run (period, pay_date, run_at, run_by) VALUES (?, ?, ?, ?)",
                run.getPeriod(), run.getPayDate(), run.getRunAt(), run.getRunBy());
    }

    public void updateTotals(Connection conn, int runId, int count, BigDecimal gross, BigDecimal net) {
        update(conn, "UPDATE payroll_run SET employee_count = ?, total_gross = ?, total_net = ? WHERE id = ?",
                count, gross, net, runId);
    }

    /**
     * Marks the approved timesheets of the month as paid by this run, so nobody can change them any more.
     * (Quick fix of 2016, when hours were paid twice: should be a TimesheetDao method.)
     */
    public int markTimesheetsPaid(Connection conn, int runId, LocalDate first, LocalDate last) {
        return update(conn, "UPDATE timesheet SET status = 'PAID', payroll_run_id = ? WHERE status = 'APPROVED'"
                + " AND week_start BETWEEN ? AND ?", runId, first, last);
    }

    public void insertPayslip(Connection conn, Payslip p) throws SQLException {
        PreparedStatement ps = null;
        try {
            ps = conn.prepareStatement("INSERT INTO payslip (run_id, employee_id, regular_hours, overtime_hours,"
                    + " unpaid_days, gross, pension, income_tax, social_insurance, net) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setInt(1, p.getRunId());
            ps.setInt(2, p.getEmployeeId());
            ps.setBigDecimal(3, p.getRegularHours());
            ps.setBigDecimal(4, p.getOvertimeHours());
            ps.setBigDecimal(5, p.getUnpaidDays());
            ps.setBigDecimal(6, p.getGross());
            ps.setBigDecimal(7, p.getPension());
            ps.setBigDecimal(8, p.getIncomeTax());
            ps.setBigDecimal(9, p.getSocialInsurance());
            ps.setBigDecimal(10, p.getNet());
            ps.executeUpdate();
        } finally {
            DbUtil.close(ps);
        }
    }

    public List<Payslip> findPayslips(int runId) {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(PAYSLIP_SELECT + " WHERE p.run_id = ? ORDER BY e.payroll_no");
            ps.setInt(1, runId);
            rs = ps.executeQuery();
            List<Payslip> result = new ArrayList<Payslip>();
            while (rs.next()) {
                result.add(mapPayslip(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("payslips of run " + runId, e);
        } finally {
            DbUtil.close(rs, ps, conn);
        }
    }

    public Payslip findPayslip(int id) {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(PAYSLIP_SELECT + " WHERE p.id = ?");
            ps.setInt(1, id);
            rs = ps.executeQuery();
            return rs.next() ? mapPayslip(rs) : null;
        } catch (SQLException e) {
            throw new DataAccessException("payslip " + id, e);
        } finally {
            DbUtil.close(rs, ps, conn);
        }
    }

    /** Sort code, account, name and net pay of every payslip of the run, for the bank (BACS) file. */
    public List<String[]> bankLines(int runId) {
        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement("SELECT e.bank_sort_code, e.bank_account, e.first_name, e.last_name, e.payroll_no,"
                    + " p.net FROM payslip p JOIN employee e ON e.id = p.employee_id WHERE p.run_id = ? AND p.net > 0"
                    + " ORDER BY e.payroll_no");
            ps.setInt(1, runId);
            rs = ps.executeQuery();
            List<String[]> lines = new ArrayList<String[]>();
            while (rs.next()) {
                lines.add(new String[] {rs.getString(1), rs.getString(2),
                        (rs.getString(3) + " " + rs.getString(4)).toUpperCase(), rs.getString(5),
                        rs.getBigDecimal(6).setScale(2).toPlainString()});
            }
            return lines;
        } catch (SQLException e) {
            throw new DataAccessException("bank file of run " + runId, e);
        } finally {
            DbUtil.close(rs, ps, conn);
        }
    }

    @Override
    protected PayrollRun map(ResultSet rs) throws SQLException {
        PayrollRun run = new PayrollRun();
        run.setId(rs.getInt("id"));
        run.setPeriod(rs.getString("period"));
        run.setPayDate(DbUtil.toLocalDate(rs.getDate("pay_date")));
        run.setRunAt(DbUtil.toLocalDateTime(rs.getTimestamp("run_at")));
        run.setRunBy(rs.getString("run_by"));
        run.setEmployeeCount(rs.getInt("employee_count"));
        run.setTotalGross(DbUtil.getMoney(rs, "total_gross"));
        run.setTotalNet(DbUtil.getMoney(rs, "total_net"));
        return run;
    }

    private static Payslip mapPayslip(ResultSet rs) throws SQLException {
        Payslip p = new Payslip();
        p.setId(rs.getInt("id"));
        p.setRunId(rs.getInt("run_id"));
        p.setEmployeeId(rs.getInt("employee_id"));
        p.setPayrollNo(rs.getString("payroll_no"));
        p.setEmployeeName(rs.getString("first_name") + " " + rs.getString("last_name"));
        p.setDeptCode(rs.getString("dept_code"));
        p.setRegularHours(rs.getBigDecimal("regular_hours"));
        p.setOvertimeHours(rs.getBigDecimal("overtime_hours"));
        p.setUnpaidDays(rs.getBigDecimal("unpaid_days"));
        p.setGross(DbUtil.getMoney(rs, "gross"));
        p.setPension(DbUtil.getMoney(rs, "pension"));
        p.setIncomeTax(DbUtil.getMoney(rs, "income_tax"));
        p.setSocialInsurance(DbUtil.getMoney(rs, "social_insurance"));
        p.setNet(DbUtil.getMoney(rs, "net"));
        return p;
    }
}
