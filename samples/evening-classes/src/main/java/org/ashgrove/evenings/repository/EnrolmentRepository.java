package org.ashgrove.evenings.repository;

import java.util.Collection;
import org.ashgrove.evenings.model.Enrolment;
import org.springframework.dao.DataAccessException;

/**
 * Enrolments, with their learner and course loaded.
 */
public interface EnrolmentRepository {

    /** The enrolment, or null when there is none. */
    Enrolment findById(int id) throws DataAccessException;

    /** Every enrolment of the learner, cancelled ones too, oldest first. */
    Collection<Enrolment> findByLearnerId(int learnerId) throws DataAccessException;

    /** The enrolments holding a place on the course, ordered by the learners' last and first names. */
    Collection<Enrolment> findActiveByCourseId(int courseId) throws DataAccessException;

    /** How many places of the course are taken. */
    int countActiveByCourseId(int courseId) throws DataAccessException;

    /** Inserts a new enrolment (its id is set) or updates an existing one. */
    void save(Enrolment enrolment) throws DataAccessException;
}
