package org.ashgrove.evenings.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A learner's place on a course, the fee charged for it (after the concession the learner had then) and, once
 * cancelled, the refund due.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends BaseEntity {

    @ManyToOne
    @JoinColumn(name = "learner_id")
    private Learner learner;

    @ManyToOne
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Column(name = "concession")
    @Enumerated(EnumType.STRING)
    private ConcessionType concession;

    @Column(name = "fee_charged")
    private BigDecimal feeCharged;

    @Column(name = "status")
    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status = EnrolmentStatus.ENROLLED;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "refund_due")
    private BigDecimal refundDue;

    public Learner getLearner() {
        return learner;
    }

    public void setLearner(Learner learner) {
        this.learner = learner;
    }

    public Course getCourse() {
        return course;
    }

    public void setCourse(Course course) {
        this.course = course;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }

    public ConcessionType getConcession() {
        return concession;
    }

    public void setConcession(ConcessionType concession) {
        this.concession = concession;
    }

    public BigDecimal getFeeCharged() {
        return feeCharged;
    }

    public void setFeeCharged(BigDecimal feeCharged) {
        this.feeCharged = feeCharged;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public LocalDate getCancelledOn() {
        return cancelledOn;
    }

    public void setCancelledOn(LocalDate cancelledOn) {
        this.cancelledOn = cancelledOn;
    }

    public BigDecimal getRefundDue() {
        return refundDue;
    }

    public void setRefundDue(BigDecimal refundDue) {
        this.refundDue = refundDue;
    }

    public boolean isActive() {
        return status == EnrolmentStatus.ENROLLED;
    }
}
