package org.ashgrove.evenings.repository.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.repository.LearnerRepository;
import org.springframework.stereotype.Repository;

/**
 * JPA implementation of {@link LearnerRepository} (profile "jpa").
 */
@Repository
public class JpaLearnerRepositoryImpl implements LearnerRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Collection<Learner> findByLastName(String lastName) {
        return em.createQuery("SELECT l FROM Learner l WHERE LOWER(l.lastName) LIKE :lastName"
                        + " ORDER BY l.lastName, l.firstName", Learner.class)
                .setParameter("lastName", lastName.trim().toLowerCase() + "%")
                .getResultList();
    }

    @Override
    public Learner findById(int id) {
        return em.find(Learner.class, id);
    }

    @Override
    public void save(Learner learner) {
        if (learner.isNew()) {
            em.persist(learner);
        } else {
            em.merge(learner);
        }
    }
}
