package org.ashgrove.evenings.service;

import java.util.Collection;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.model.Tutor;

/**
 * The course catalogue: the prospectus, its tutors and rooms. Courses come back with their places taken counted.
 */
public interface CatalogueService {

    /** Courses by code; {@code subject} and {@code title} narrow the search when given. */
    Collection<Course> findCourses(Subject subject, String title);

    /** @throws NotFoundException when there is no such course */
    Course findCourseById(int id);

    /** The course with this code, or null. */
    Course findCourseByCode(String code);

    Collection<Subject> findSubjects();

    Collection<Room> findRooms();

    Collection<Tutor> findTutors();

    /** Saves a course whose tutor and room carry only their ids (as the form binds them). */
    void saveCourse(Course course);
}
