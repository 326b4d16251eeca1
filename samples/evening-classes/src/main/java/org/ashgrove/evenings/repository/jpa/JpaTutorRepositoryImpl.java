package org.ashgrove.evenings.repository.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.ashgrove.evenings.model.Tutor;
import org.ashgrove.evenings.repository.TutorRepository;
import org.springframework.stereotype.Repository;

/**
 * JPA implementation of {@link TutorRepository} (profile "jpa").
 */
@Repository
public class JpaTutorRepositoryImpl implements TutorRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Collection<Tutor> findAll() {
        return em.createQuery("SELECT t FROM Tutor t ORDER BY t.lastName, t.firstName", Tutor.class).getResultList();
    }

    @Override
    public Tutor findById(int id) {
        return em.find(Tutor.class, id);
    }
}
