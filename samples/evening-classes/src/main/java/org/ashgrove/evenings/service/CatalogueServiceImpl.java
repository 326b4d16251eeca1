package org.ashgrove.evenings.service;

import java.util.Collection;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.model.Tutor;
import org.ashgrove.evenings.repository.CourseRepository;
import org.ashgrove.evenings.repository.EnrolmentRepository;
import org.ashgrove.evenings.repository.TutorRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue over the course and tutor repositories. The places taken come from the enrolment repository, one
 * count per course (the prospectus has a few dozen courses a term).
 */
@Service
public class CatalogueServiceImpl implements CatalogueService {

    private final CourseRepository courseRepository;
    private final TutorRepository tutorRepository;
    private final EnrolmentRepository enrolmentRepository;

    @Autowired
    public CatalogueServiceImpl(CourseRepository courseRepository, TutorRepository tutorRepository,
            EnrolmentRepository enrolmentRepository) {
        this.courseRepository = courseRepository;
        this.tutorRepository = tutorRepository;
        this.enrolmentRepository = enrolmentRepository;
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Course> findCourses(Subject subject, String title) {
        Collection<Course> courses = courseRepository.findCourses(subject, title);
        courses.forEach(this::countPlaces);
        return courses;
    }

    @Override
    @Transactional(readOnly = true)
    public Course findCourseById(int id) {
        Course course = courseRepository.findById(id);
        if (course == null) {
            throw new NotFoundException("Course", id);
        }
        countPlaces(course);
        return course;
    }

    @Override
    @Transactional(readOnly = true)
    public Course findCourseByCode(String code) {
        return courseRepository.findByCode(code);
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Subject> findSubjects() {
        return courseRepository.findSubjects();
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Room> findRooms() {
        return courseRepository.findRooms();
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Tutor> findTutors() {
        return tutorRepository.findAll();
    }

    @Override
    @Transactional
    public void saveCourse(Course course) {
        if (course.getTutor() != null && course.getTutor().getId() != null) {
            course.setTutor(tutorRepository.findById(course.getTutor().getId()));
        } else {
            course.setTutor(null);
        }
        if (course.getRoom() != null && course.getRoom().getId() != null) {
            int roomId = course.getRoom().getId();
            course.setRoom(courseRepository.findRooms().stream().filter(r -> r.getId() == roomId).findFirst()
                    .orElse(null));
        } else {
            course.setRoom(null);
        }
        courseRepository.save(course);
    }

    private void countPlaces(Course course) {
        course.setPlacesTaken(enrolmentRepository.countActiveByCourseId(course.getId()));
    }
}
