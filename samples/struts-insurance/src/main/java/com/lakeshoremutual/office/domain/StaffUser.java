package com.lakeshoremutual.office.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An office user: claims handler, underwriter, accounts clerk or supervisor. Claims handlers pay up to their authority limit.
 */
public class StaffUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    private String role;
    private BigDecimal authorityLimit;
    private boolean active;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public BigDecimal getAuthorityLimit() {
        return authorityLimit;
    }

    public void setAuthorityLimit(BigDecimal authorityLimit) {
        this.authorityLimit = authorityLimit;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

}
