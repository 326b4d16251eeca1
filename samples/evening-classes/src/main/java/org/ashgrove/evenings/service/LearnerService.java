package org.ashgrove.evenings.service;

import java.util.Collection;
import org.ashgrove.evenings.model.Learner;

/**
 * Learner registration and contact details.
 */
public interface LearnerService {

    /** @throws NotFoundException when there is no such learner */
    Learner findLearnerById(int id);

    /** Learners whose last name starts with the text; every learner for an empty text. */
    Collection<Learner> findLearnersByLastName(String lastName);

    /** Registers a new learner or saves a learner's changed details. */
    void saveLearner(Learner learner);
}
