package org.ashgrove.evenings.repository;

import java.util.Collection;
import org.ashgrove.evenings.model.Tutor;
import org.springframework.dao.DataAccessException;

/**
 * The centre's sessional tutors.
 */
public interface TutorRepository {

    /** Tutors ordered by last name, then first name. */
    Collection<Tutor> findAll() throws DataAccessException;

    /** The tutor, or null when there is none. */
    Tutor findById(int id) throws DataAccessException;
}
