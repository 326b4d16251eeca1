package com.northfield.payroll.dao;

import com.northfield.payroll.bean.Timesheet;
import com.northfield.payroll.util.DbUtil;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public class TimesheetDao extends AbstractDao<Timesheet> {

    private static final String SELECT = "SELECT t.*, e.first_name, e.last_name FROM timesheet t"
            + " JOIN employee e ON e.id = t.employee_id";

    public TimesheetDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<Timesheet> find(String status, Integer employeeId) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<Object>();
        if (status != null) {
            sql.append(" AND t.status = ?");
            params.add(status);
        }
        if (employeeId != null) {
            sql.append(" AND t.employee_id = ?");
            params.add(employeeId);
        }
        sql.append(" ORDER BY t.week_start, e.last_name, e.first_name");
        return queryList(sql.toString(), params.toArray());
    }

    public Timesheet findById(int id) {
        return querySingle(SELECT + " WHERE t.id = ?", id);
    }

    /** Approved timesheets of the weeks starting between first and last (the payroll month). */
    public List<Timesheet> findApproved(Connection conn, LocalDate first, LocalDate last) {
        return queryList(conn, SELECT + " WHERE t.status = 'APPROVED' AND t.week_start BETWEEN ? AND ?"
                + " ORDER BY t.employee_id, t.week_start", first, last);
    }

    public boolean exists(int employeeId, LocalDate weekStart) {
        return queryNumber("SELECT COUNT(*) FROM timesheet WHERE employee_id = ? AND week_start = ?",
                employeeId, weekStart).intValue() > 0;
    }

    public int countSubmitted() {
        return queryNumber("SELECT COUNT(*) FROM timesheet WHERE status = 'SUBMITTED'").intValue();
    }

    public int insert(Timesheet t) {
        return insert("INSERT INTO timesheet (employee_id, week_start, regular_hours, overtime_hours, status, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", t.getEmployeeId(), t.getWeekStart(), t.getRegularHours(),
                t.getOvertimeHours(), t.getStatus(), LocalDateTime.now());
    }

    /** Approves or rejects a submitted timesheet; false when it was not waiting for a decision. */
    public boolean decide(int id, String status, String decidedBy) {
        return update("UPDATE timesheet SET status = ?, decided_by = ? WHERE id = ? AND status = 'SUBMITTED'",
                status, decidedBy, id) == 1;
    }

    @Override
    protected Timesheet map(ResultSet rs) throws SQLException {
        Timesheet t = new Timesheet();
        t.setId(rs.getInt("id"));
        t.setEmployeeId(rs.getInt("employee_id"));
        t.setEmployeeName(rs.getString("first_name") + " " + rs.getString("last_name"));
        t.setWeekStart(DbUtil.toLocalDate(rs.getDate("week_start")));
        t.setRegularHours(rs.getBigDecimal("regular_hours"));
        t.setOvertimeHours(rs.getBigDecimal("overtime_hours"));
        t.setStatus(rs.getString("status"));
        t.setSubmittedAt(DbUtil.toLocalDateTime(rs.getTimestamp("submitted_at")));
        t.setDecidedBy(rs.getString("decided_by"));
        t.setPayrollRunId(DbUtil.getInteger(rs, "payroll_run_id"));
        return t;
    }
}
