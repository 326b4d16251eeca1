package com.lakeshoremutual.office.web;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The signed-in user, kept in the HTTP session under {@link WebKeys#USER}.
 */
public class UserSession implements Serializable {

    private static final long serialVersionUID = 2L;

    private final Long staffId;
    private final String username;
    private final String fullName;
    private final String role;
    private final BigDecimal authorityLimit;

    public UserSession(Long staffId, String username, String fullName, String role, BigDecimal authorityLimit) {
        this.staffId = staffId;
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.authorityLimit = authorityLimit;
    }

    /** True when the user has one of the roles; supervisors may do everything. */
    public boolean hasRole(String... roles) {
        if (WebKeys.ROLE_SUPERVISOR.equals(role)) {
            return true;
        }
        for (String r : roles) {
            if (r.equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** The role as the banner shows it. */
    public String getRoleName() {
        if (WebKeys.ROLE_CLAIMS.equals(role)) {
            return "Claims";
        } else if (WebKeys.ROLE_UNDERWRITER.equals(role)) {
            return "Underwriting";
        } else if (WebKeys.ROLE_ACCOUNTS.equals(role)) {
            return "Accounts";
        }
        return "Supervisor";
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRole() {
        return role;
    }

    public BigDecimal getAuthorityLimit() {
        return authorityLimit;
    }
}
