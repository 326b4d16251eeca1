package org.ashgrove.evenings.service;

/**
 * An enrolment the rules do not allow: the course is full, the learner is on it already, or the enrolment was
 * cancelled before. The message is shown to the office as it is.
 */
public class EnrolmentRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public EnrolmentRefusedException(String message) {
        super(message);
    }
}
