package org.ashgrove.evenings.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Enrolment;
import org.ashgrove.evenings.model.EnrolmentStatus;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.model.Tutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The three services over the application's own root XML (datasource-config.xml, business-config.xml) and the
 * seed data, once per profile: the subclasses choose "jpa" or "jdbc". Each test runs in a transaction that is
 * rolled back; the context (and its in-memory database) is closed after the class.
 */
@Transactional
@DirtiesContext
abstract class AbstractServiceTests {

    @Autowired
    CatalogueService catalogueService;

    @Autowired
    LearnerService learnerService;

    @Autowired
    EnrolmentService enrolmentService;

    @Test
    void findsCoursesBySubjectAndTitleOrderedByCode() {
        Subject languages = catalogueService.findSubjects().stream().filter(s -> s.getName().equals("Languages"))
                .findFirst().orElseThrow();
        assertEquals(List.of("LAN-101", "LAN-102", "LAN-110"), codes(catalogueService.findCourses(languages, null)));
        assertEquals(List.of("LAN-101", "LAN-102"), codes(catalogueService.findCourses(null, " SPANISH ")));
        assertEquals(10, catalogueService.findCourses(null, "").size());
    }

    @Test
    void aCourseComesWithItsTutorRoomAndPlacesTaken() {
        Course lifeDrawing = catalogueService.findCourseById(5);
        assertEquals("ART-205 Life Drawing", lifeDrawing.getLabel());
        assertEquals("Tom Hadley", lifeDrawing.getTutor().getFullName());
        assertEquals("Art Studio", lifeDrawing.getRoom().getName());
        assertEquals(DayOfWeek.MONDAY, lifeDrawing.getWeekday());
        assertEquals(LocalTime.of(19, 0), lifeDrawing.getStartTime());
        assertEquals(LocalDate.of(2024, 9, 9), lifeDrawing.getStartDate());
        assertEquals(new BigDecimal("8.00"), lifeDrawing.getMaterialsFee());
        assertEquals(4, lifeDrawing.getPlacesTaken());
        assertTrue(lifeDrawing.isFull());
        assertEquals(3, catalogueService.findCourseById(2).getPlacesTaken(), "the cancelled enrolment holds no place");
        assertThrows(NotFoundException.class, () -> catalogueService.findCourseById(999));
    }

    @Test
    void savesANewCourseWithTheTutorAndRoomTheFormChose() {
        Course course = new Course();
        course.setCode("MUS-510");
        course.setTitle("Ukulele Club");
        course.setSubject(catalogueService.findSubjects().iterator().next());
        Tutor tutor = new Tutor();
        tutor.setId(6);
        course.setTutor(tutor);
        Room room = new Room();
        room.setId(5);
        course.setRoom(room);
        course.setWeekday(DayOfWeek.FRIDAY);
        course.setStartTime(LocalTime.of(18, 0));
        course.setStartDate(LocalDate.of(2025, 1, 10));
        course.setWeeks(6);
        course.setPlaces(12);
        course.setFee(new BigDecimal("48.00"));
        catalogueService.saveCourse(course);

        assertNotNull(course.getId());
        Course saved = catalogueService.findCourseByCode("MUS-510");
        assertEquals(course.getId(), saved.getId());
        assertEquals("Gareth Lloyd", saved.getTutor().getFullName());
        assertEquals("Music Room", saved.getRoom().getName());
        assertEquals(new BigDecimal("0.00"), saved.getMaterialsFee().setScale(2));
    }

    @Test
    void tutorsAreOrderedByLastName() {
        assertEquals("Claire Dubois", catalogueService.findTutors().iterator().next().getFullName());
        assertEquals(7, catalogueService.findTutors().size());
    }

    @Test
    void registersFindsAndUpdatesALearner() {
        Learner learner = new Learner();
        learner.setFirstName("Grace");
        learner.setLastName("Okafor");
        learner.setDateOfBirth(LocalDate.of(1959, 4, 22));
        learner.setEmail("grace.okafor@example.com");
        learner.setTelephone("01632 960999");
        learner.setStreet("22 Rowan Way");
        learner.setTown("Ashgrove");
        learner.setPostcode("ag4 2nd");
        learner.setConcession(ConcessionType.OVER_60);
        learnerService.saveLearner(learner);
        assertTrue(learner.getId() >= 100, "new learners are numbered from 100: " + learner.getId());

        List<String> found = learnerService.findLearnersByLastName("OK").stream().map(Learner::getLastName).toList();
        assertEquals(List.of("Okafor", "Okonkwo"), found);

        learner.setTelephone("07700 900999");
        learnerService.saveLearner(learner);
        Learner reread = learnerService.findLearnerById(learner.getId());
        assertEquals("07700 900999", reread.getTelephone());
        assertEquals("AG4 2ND", reread.getPostcode());
        assertEquals(ConcessionType.OVER_60, reread.getConcession());
        assertThrows(NotFoundException.class, () -> learnerService.findLearnerById(999));
    }

    @Test
    void enrolsAtTheConcessionFeeAndTakesAPlace() throws EnrolmentRefusedException {
        Enrolment enrolment = enrolmentService.enrol(2, 4);
        assertNotNull(enrolment.getId());
        assertEquals(new BigDecimal("108.00"), enrolment.getFeeCharged());
        assertEquals(ConcessionType.NONE, enrolment.getConcession());
        assertEquals(3, catalogueService.findCourseById(4).getPlacesTaken());
        assertEquals(List.of("LAN-101", "COO-401", "ART-201"),
                enrolmentService.findEnrolmentsOfLearner(2).stream().map(e -> e.getCourse().getCode()).toList());
    }

    @Test
    void refusesAFullCourseAndASecondPlaceOnTheSameCourse() {
        EnrolmentRefusedException full = assertThrows(EnrolmentRefusedException.class,
                () -> enrolmentService.enrol(2, 5));
        assertEquals("ART-205 Life Drawing is full.", full.getMessage());
        EnrolmentRefusedException twice = assertThrows(EnrolmentRefusedException.class,
                () -> enrolmentService.enrol(1, 2));
        assertEquals("Margaret Fielding is already enrolled on LAN-102 Conversational Spanish.", twice.getMessage());
        assertThrows(NotFoundException.class, () -> enrolmentService.enrol(999, 2));
    }

    @Test
    void cancelsOnceWithTheRefundDue() throws EnrolmentRefusedException {
        Enrolment cancelled = enrolmentService.cancel(3);
        assertEquals(EnrolmentStatus.CANCELLED, cancelled.getStatus());
        assertEquals(new BigDecimal("86.00"), cancelled.getRefundDue());
        assertNotNull(cancelled.getCancelledOn());
        assertEquals(2, catalogueService.findCourseById(2).getPlacesTaken());
        assertThrows(EnrolmentRefusedException.class, () -> enrolmentService.cancel(3));
        assertThrows(NotFoundException.class, () -> enrolmentService.cancel(999));
    }

    @Test
    void theClassListHoldsTheActiveEnrolmentsByName() {
        List<String> names = enrolmentService.findClassList(2).stream().map(e -> e.getLearner().getLastName())
                .toList();
        assertEquals(List.of("Fielding", "Hughes", "Lindqvist"), names);
        Enrolment patel = enrolmentService.findEnrolmentsOfLearner(3).iterator().next();
        assertEquals(EnrolmentStatus.CANCELLED, patel.getStatus());
        assertEquals(new BigDecimal("110.00"), patel.getRefundDue());
        assertEquals(LocalDate.of(2024, 8, 30), patel.getCancelledOn());
        assertEquals("Room 3", patel.getCourse().getRoom().getName());
    }

    private static List<String> codes(java.util.Collection<Course> courses) {
        return courses.stream().map(Course::getCode).toList();
    }
}
