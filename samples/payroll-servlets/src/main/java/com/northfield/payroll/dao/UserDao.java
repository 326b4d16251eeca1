package com.northfield.payroll.dao;

import com.northfield.payroll.bean.LoggedInUser;
import com.northfield.payroll.util.DbUtil;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Intranet log-ins. Passwords are unsalted SHA-256 (2011); the move to the company directory (LDAP) is planned.
 */
public class UserDao extends AbstractDao<LoggedInUser> {

    public UserDao(DataSource dataSource) {
        super(dataSource);
    }

    /** The user when the name and password match, otherwise null. */
    public LoggedInUser authenticate(String username, String password) {
        if (username == null || password == null) {
            return null;
        }
        return querySingle("SELECT u.username, u.role, u.employee_id, e.first_name, e.last_name FROM app_user u"
                + " LEFT JOIN employee e ON e.id = u.employee_id WHERE u.username = ? AND u.password_hash = ?",
                username.toLowerCase(), sha256(password));
    }

    @Override
    protected LoggedInUser map(ResultSet rs) throws SQLException {
        LoggedInUser user = new LoggedInUser();
        user.setUsername(rs.getString("username"));
        user.setRole(rs.getString("role"));
        user.setEmployeeId(DbUtil.getInteger(rs, "employee_id"));
        String first = rs.getString("first_name");
        user.setDisplayName(first == null ? rs.getString("username") : first + " " + rs.getString("last_name"));
        return user;
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
