package org.ashgrove.evenings.repository.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.ashgrove.evenings.model.Enrolment;
import org.ashgrove.evenings.model.EnrolmentStatus;
import org.ashgrove.evenings.repository.EnrolmentRepository;
import org.springframework.stereotype.Repository;

/**
 * JPA implementation of {@link EnrolmentRepository} (profile "jpa"). The queries fetch the course and the learner
 * with the enrolment: every page that lists enrolments shows both.
 */
@Repository
public class JpaEnrolmentRepositoryImpl implements EnrolmentRepository {

    private static final String FETCH = "SELECT e FROM Enrolment e JOIN FETCH e.course c JOIN FETCH e.learner l ";

    @PersistenceContext
    private EntityManager em;

    @Override
    public Enrolment findById(int id) {
        return em.find(Enrolment.class, id);
    }

    @Override
    public Collection<Enrolment> findByLearnerId(int learnerId) {
        return em.createQuery(FETCH + "WHERE l.id = :learnerId ORDER BY e.id", Enrolment.class)
                .setParameter("learnerId", learnerId)
                .getResultList();
    }

    @Override
    public Collection<Enrolment> findActiveByCourseId(int courseId) {
        return em.createQuery(FETCH + "WHERE c.id = :courseId AND e.status = :status"
                        + " ORDER BY l.lastName, l.firstName", Enrolment.class)
                .setParameter("courseId", courseId)
                .setParameter("status", EnrolmentStatus.ENROLLED)
                .getResultList();
    }

    @Override
    public int countActiveByCourseId(int courseId) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.course.id = :courseId AND e.status = :status",
                        Long.class)
                .setParameter("courseId", courseId)
                .setParameter("status", EnrolmentStatus.ENROLLED)
                .getSingleResult().intValue();
    }

    @Override
    public void save(Enrolment enrolment) {
        if (enrolment.isNew()) {
            em.persist(enrolment);
        } else {
            em.merge(enrolment);
        }
    }
}
