package org.example.library.model;

import java.time.LocalDate;

import org.example.library.util.DateUtil;
import org.example.library.util.JsonWriter;

/** A registered patron holding a library card. */
public class Member extends BaseEntity {

    private static final long serialVersionUID = 1L;

    private String cardNumber;
    private String firstName;
    private String lastName;
    private String email;
    private MemberType type = MemberType.ADULT;
    private MemberStatus status = MemberStatus.ACTIVE;
    private LocalDate joinedOn;
    private LocalDate expiresOn;
    private Money balance = Money.ZERO;

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public MemberType getType() {
        return type;
    }

    public void setType(MemberType type) {
        this.type = type;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** What the member owes (sum of open fines, kept denormalized in member.balance_cents). */
    public Money getBalance() {
        return balance;
    }

    public void setBalance(Money balance) {
        this.balance = balance;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public boolean isExpiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    public void writeFields(JsonWriter w) {
        w.field("id", getId()).field("cardNumber", cardNumber).field("firstName", firstName)
                .field("lastName", lastName).field("email", email).field("type", type.name())
                .field("status", status.name()).field("joinedOn", DateUtil.format(joinedOn))
                .field("expiresOn", DateUtil.format(expiresOn)).field("balance", balance.format());
    }
}
