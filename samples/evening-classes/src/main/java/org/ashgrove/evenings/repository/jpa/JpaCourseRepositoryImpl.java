package org.ashgrove.evenings.repository.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.repository.CourseRepository;
import org.springframework.stereotype.Repository;

/**
 * JPA implementation of {@link CourseRepository} (profile "jpa").
 */
@Repository
public class JpaCourseRepositoryImpl implements CourseRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Collection<Course> findCourses(Subject subject, String title) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Course c WHERE 1 = 1");
        if (subject != null) {
            jpql.append(" AND c.subject.id = :subjectId");
        }
        boolean byTitle = title != null && !title.isBlank();
        if (byTitle) {
            jpql.append(" AND LOWER(c.title) LIKE :title");
        }
        jpql.append(" ORDER BY c.code");
        TypedQuery<Course> query = em.createQuery(jpql.toString(), Course.class);
        if (subject != null) {
            query.setParameter("subjectId", subject.getId());
        }
        if (byTitle) {
            query.setParameter("title", "%" + title.trim().toLowerCase() + "%");
        }
        return query.getResultList();
    }

    @Override
    public Course findById(int id) {
        return em.find(Course.class, id);
    }

    @Override
    public Course findByCode(String code) {
        List<Course> found = em.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public Collection<Subject> findSubjects() {
        return em.createQuery("SELECT s FROM Subject s ORDER BY s.name", Subject.class).getResultList();
    }

    @Override
    public Collection<Room> findRooms() {
        return em.createQuery("SELECT r FROM Room r ORDER BY r.name", Room.class).getResultList();
    }

    @Override
    public void save(Course course) {
        if (course.isNew()) {
            em.persist(course);
        } else {
            em.merge(course);
        }
    }
}
