package org.ashgrove.evenings.repository;

import java.util.Collection;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.springframework.dao.DataAccessException;

/**
 * The prospectus: courses, and the subjects and rooms the course form offers.
 */
public interface CourseRepository {

    /**
     * Courses ordered by code.
     *
     * @param subject only this subject's courses, or all when null
     * @param title only courses whose title contains this text (any case), or all when null or blank
     */
    Collection<Course> findCourses(Subject subject, String title) throws DataAccessException;

    /** The course, or null when there is none. */
    Course findById(int id) throws DataAccessException;

    /** The course with this code, or null when there is none. */
    Course findByCode(String code) throws DataAccessException;

    /** Subjects ordered by name. */
    Collection<Subject> findSubjects() throws DataAccessException;

    /** Rooms ordered by name. */
    Collection<Room> findRooms() throws DataAccessException;

    /** Inserts a new course (its id is set) or updates an existing one. */
    void save(Course course) throws DataAccessException;
}
