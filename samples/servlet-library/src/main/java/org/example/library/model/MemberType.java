package org.example.library.model;

/** Membership category; decides the loan policy (see LoanPolicy.forType). */
public enum MemberType {
    ADULT, STUDENT, CHILD, SENIOR
}
