package org.ashgrove.evenings.service;

import java.util.Collection;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.repository.LearnerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learners over the learner repository.
 */
@Service
public class LearnerServiceImpl implements LearnerService {

    private final LearnerRepository learnerRepository;

    @Autowired
    public LearnerServiceImpl(LearnerRepository learnerRepository) {
        this.learnerRepository = learnerRepository;
    }

    @Override
    @Transactional(readOnly = true)
    public Learner findLearnerById(int id) {
        Learner learner = learnerRepository.findById(id);
        if (learner == null) {
            throw new NotFoundException("Learner", id);
        }
        return learner;
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Learner> findLearnersByLastName(String lastName) {
        return learnerRepository.findByLastName(lastName == null ? "" : lastName);
    }

    @Override
    @Transactional
    public void saveLearner(Learner learner) {
        if (learner.getPostcode() != null) {
            learner.setPostcode(learner.getPostcode().trim().toUpperCase());
        }
        learnerRepository.save(learner);
    }
}
