package org.example.library.model;

/** Account state of a member. */
public enum MemberStatus {
    ACTIVE, SUSPENDED, EXPIRED
}
