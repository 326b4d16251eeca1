package com.northfield.payroll.dao;

import com.northfield.payroll.bean.Employee;
import com.northfield.payroll.util.DbUtil;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

public class EmployeeDao extends AbstractDao<Employee> {

    private static final String SELECT = "SELECT e.*, d.name AS dept_name FROM employee e"
            + " JOIN department d ON d.code = e.dept_code";

    public EmployeeDao(DataSource dataSource) {
        super(dataSource);
    }

    public List<Employee> findAll(String deptCode, boolean includeTerminated) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        if (!includeTerminated) {
            sql.append(" AND e.status = 'ACTIVE'");
        }
        if (deptCode != null) {
            sql.append(" AND e.dept_code = ?");
            return queryList(sql.append(" ORDER BY e.last_name, e.first_name").toString(), deptCode);
        }
        return queryList(sql.append(" ORDER BY e.last_name, e.first_name").toString());
    }

    public Employee findById(int id) {
        return querySingle(SELECT + " WHERE e.id = ?", id);
    }

    /** Everybody on the payroll for at least one day between first and last, in payroll number order. */
    public List<Employee> findPayable(Connection conn, LocalDate first, LocalDate last) {
        return queryList(conn, SELECT + " WHERE e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?)"
                + " ORDER BY e.payroll_no", last, first);
    }

    public int countActive() {
        return queryNumber("SELECT COUNT(*) FROM employee WHERE status = 'ACTIVE'").intValue();
    }

    public boolean emailExists(String email) {
        return queryNumber("SELECT COUNT(*) FROM employee WHERE LOWER(email) = LOWER(?)", email).intValue() > 0;
    }

    /** E1007 -> E1008. Not safe when two people register at the same second; never happened. */
    public String nextPayrollNo() {
        int max = queryNumber("SELECT MAX(CAST(SUBSTRING(payroll_no, 2) AS INT)) FROM employee").intValue();
        return "E" + (max + 1);
    }

    public int insert(Employee e) {
        return insert("INSERT INTO employee (payroll_no, first_name, last_name, email, dept_code, job_title, pay_type,"
                + " annual_salary, hourly_rate, bank_sort_code, bank_account, start_date, status, leave_allowance)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.getPayrollNo(), e.getFirstName(), e.getLastName(), e.getEmail(), e.getDeptCode(), e.getJobTitle(),
                e.getPayType(), e.getAnnualSalary(), e.getHourlyRate(), e.getSortCode(), e.getAccountNo(),
                e.getStartDate(), e.getStatus(), e.getLeaveAllowance());
    }

    public void terminate(Connection conn, int id, LocalDate endDate) {
        update(conn, "UPDATE employee SET status = 'TERMINATED', end_date = ? WHERE id = ?", endDate, id);
    }

    @Override
    protected Employee map(ResultSet rs) throws SQLException {
        Employee e = new Employee();
        e.setId(rs.getInt("id"));
        e.setPayrollNo(rs.getString("payroll_no"));
        e.setFirstName(rs.getString("first_name"));
        e.setLastName(rs.getString("last_name"));
        e.setEmail(rs.getString("email"));
        e.setDeptCode(rs.getString("dept_code"));
        e.setDeptName(rs.getString("dept_name"));
        e.setJobTitle(rs.getString("job_title"));
        e.setPayType(rs.getString("pay_type"));
        e.setAnnualSalary(rs.getBigDecimal("annual_salary"));
        e.setHourlyRate(rs.getBigDecimal("hourly_rate"));
        e.setSortCode(rs.getString("bank_sort_code"));
        e.setAccountNo(rs.getString("bank_account"));
        e.setStartDate(DbUtil.toLocalDate(rs.getDate("start_date")));
        e.setEndDate(DbUtil.toLocalDate(rs.getDate("end_date")));
        e.setStatus(rs.getString("status"));
        e.setLeaveAllowance(rs.getInt("leave_allowance"));
        return e;
    }
}
