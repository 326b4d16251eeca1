package com.northfield.payroll.dao;

import com.northfield.payroll.bean.LeaveRequest;
import com.northfield.payroll.util.DbUtil;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;

public class LeaveDao extends AbstractDao<LeaveRequest> {

    private static final String SELECT = "SELECT l.*, e.first_name, e.last_name FROM leave_request l"
            + " JOIN employee e ON e.id = l.employee_id";

    public LeaveDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<LeaveRequest> findForEmployee(int employeeId) {
        return queryList(SELECT + " WHERE l.employee_id = ? ORDER BY l.start_date", employeeId);
    }

    public List<LeaveRequest> findByStatus(String status) {
        return queryList(SELECT + " WHERE l.status = ? ORDER BY l.start_date, e.last_name", status);
    }

    public LeaveRequest findById(int id) {
        return querySingle(SELECT + " WHERE l.id = ?", id);
    }

    public int countRequested() {
        return queryNumber("SELECT COUNT(*) FROM leave_request WHERE status = 'REQUESTED'").intValue();
    }

    /** Allowance minus the approved annual leave starting in the leave year. Used by the employee page too. */
    public BigDecimal remainingAnnualLeave(int employeeId, int year) {
        return queryNumber("SELECT e.leave_allowance - COALESCE((SELECT SUM(l.days) FROM leave_request l"
                + " WHERE l.employee_id = e.id AND l.leave_type = 'ANNUAL' AND l.status = 'APPROVED'"
                + " AND YEAR(l.start_date) = ?), 0) FROM employee e WHERE e.id = ?", year, employeeId).setScale(1);
    }

    /** Requested or approved leave of the employee overlapping the given days? */
    public boolean overlaps(int employeeId, LocalDate start, LocalDate end) {
        return queryNumber("SELECT COUNT(*) FROM leave_request WHERE employee_id = ? AND status IN ('REQUESTED', 'APPROVED')"
                + " AND start_date <= ? AND end_date >= ?", employeeId, end, start).intValue() > 0;
    }

    public List<LeaveRequest> findApprovedUnpaid(Connection conn, LocalDate first, LocalDate last) {
        return queryList(conn, SELECT + " WHERE l.leave_type = 'UNPAID' AND l.status = 'APPROVED'"
                + " AND l.start_date <= ? AND l.end_date >= ? ORDER BY l.employee_id, l.start_date", last, first);
    }

    public int insert(LeaveRequest l) {
        return insert("INSERT INTO leave_request (employee_id, leave_type, start_date, end_date, days, status, requested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", l.getEmployeeId(), l.getLeaveType(), l.getStartDate(),
                l.getEndDate(), l.getDays(), l.getStatus(), LocalDateTime.now());
    }

    // same as TimesheetDao.decide
    public boolean decide(int id, String status, String decidedBy) {
        return update("UPDATE leave_request SET status = ?, decided_by = ? WHERE id = ? AND status = 'REQUESTED'",
                status, decidedBy, id) == 1;
    }

    /** Cancels the employee's leave that starts after the given day (used when someone leaves the company). */
    public int cancelAfter(Connection conn, int employeeId, LocalDate day) {
        return update(conn, "UPDATE leave_request SET status = 'CANCELLED' WHERE employee_id = ? AND start_date > ?"
                + " AND status IN ('REQUESTED', 'APPROVED')", employeeId, day);
    }

    @Override
    protected LeaveRequest map(ResultSet rs) throws SQLException {
        LeaveRequest l = new LeaveRequest();
        l.setId(rs.getInt("id"));
        l.setEmployeeId(rs.getInt("employee_id"));
        l.setEmployeeName(rs.getString("first_name") + " " + rs.getString("last_name"));
        l.setLeaveType(rs.getString("leave_type"));
        l.setStartDate(DbUtil.toLocalDate(rs.getDate("start_date")));
        l.setEndDate(DbUtil.toLocalDate(rs.getDate("end_date")));
        l.setDays(rs.getBigDecimal("days"));
        l.setStatus(rs.getString("status"));
        l.setRequestedAt(DbUtil.toLocalDateTime(rs.getTimestamp("requested_at")));
        l.setDecidedBy(rs.getString("decided_by"));
        return l;
    }
}
