package org.ashgrove.evenings.service;

import java.util.Collection;
import org.ashgrove.evenings.model.Enrolment;

/**
 * Enrolments: a learner takes a place on a course for a fee, and may cancel it for a refund.
 */
public interface EnrolmentService {

    /**
     * Enrols the learner on the course at the fee their concession gives.
     *
     * @throws NotFoundException when the learner or the course does not exist
     * @throws EnrolmentRefusedException when the course is full or the learner is on it already
     */
    Enrolment enrol(int learnerId, int courseId) throws EnrolmentRefusedException;

    /**
     * Cancels the enrolment and works out the refund.
     *
     * @throws NotFoundException when there is no such enrolment
     * @throws EnrolmentRefusedException when it is cancelled already
     */
    Enrolment cancel(int enrolmentId) throws EnrolmentRefusedException;

    /** @throws NotFoundException when there is no such enrolment */
    Enrolment findEnrolment(int enrolmentId);

    /** The learner's enrolments, oldest first. */
    Collection<Enrolment> findEnrolmentsOfLearner(int learnerId);

    /** The class list: enrolments holding a place on the course, by the learners' names. */
    Collection<Enrolment> findClassList(int courseId);
}
