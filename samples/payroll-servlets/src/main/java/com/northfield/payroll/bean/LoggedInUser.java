package com.northfield.payroll.bean;

import java.io.Serializable;

/**
 * Who is logged in; kept in the HTTP session under Constants.SESSION_USER.
 */
public class LoggedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String role;
    private Integer employeeId;
    private String displayName;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Integer getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Integer employeeId) {
        this.employeeId = employeeId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public boolean hasRole(String wanted) {
        return wanted != null && wanted.equals(role);
    }
}
