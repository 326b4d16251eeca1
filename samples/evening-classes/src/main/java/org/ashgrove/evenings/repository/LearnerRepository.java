package org.ashgrove.evenings.repository;

import java.util.Collection;
import org.ashgrove.evenings.model.Learner;
import org.springframework.dao.DataAccessException;

/**
 * Registered learners and their contact details.
 */
public interface LearnerRepository {

    /** Learners whose last name starts with the text (any case), ordered by last then first name. */
    Collection<Learner> findByLastName(String lastName) throws DataAccessException;

    /** The learner, or null when there is none. */
    Learner findById(int id) throws DataAccessException;

    /** Inserts a new learner (its id is set) or updates an existing one. */
    void save(Learner learner) throws DataAccessException;
}
