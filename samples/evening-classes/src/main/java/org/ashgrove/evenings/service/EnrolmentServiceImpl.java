package org.ashgrove.evenings.service;

import java.time.LocalDate;
import java.util.Collection;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Enrolment;
import org.ashgrove.evenings.model.EnrolmentStatus;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.repository.CourseRepository;
import org.ashgrove.evenings.repository.EnrolmentRepository;
import org.ashgrove.evenings.repository.LearnerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments over the enrolment repository; reads the learner and the course from their repositories in the same
 * transaction, so that two clerks cannot both take the last place (the count and the insert are one transaction).
 */
@Service
public class EnrolmentServiceImpl implements EnrolmentService {

    private final EnrolmentRepository enrolmentRepository;
    private final LearnerRepository learnerRepository;
    private final CourseRepository courseRepository;
    private final FeeCalculator feeCalculator;

    @Autowired
    public EnrolmentServiceImpl(EnrolmentRepository enrolmentRepository, LearnerRepository learnerRepository,
            CourseRepository courseRepository, FeeCalculator feeCalculator) {
        this.enrolmentRepository = enrolmentRepository;
        this.learnerRepository = learnerRepository;
        this.courseRepository = courseRepository;
        this.feeCalculator = feeCalculator;
    }

    @Override
    @Transactional(rollbackFor = EnrolmentRefusedException.class)
    public Enrolment enrol(int learnerId, int courseId) throws EnrolmentRefusedException {
        Learner learner = learnerRepository.findById(learnerId);
        if (learner == null) {
            throw new NotFoundException("Learner", learnerId);
        }
        Course course = courseRepository.findById(courseId);
        if (course == null) {
            throw new NotFoundException("Course", courseId);
        }
        for (Enrolment existing : enrolmentRepository.findByLearnerId(learnerId)) {
            if (existing.isActive() && existing.getCourse().getId().equals(course.getId())) {
                throw new EnrolmentRefusedException(learner.getFullName() + " is already enrolled on "
                        + course.getLabel() + ".");
            }
        }
        if (enrolmentRepository.countActiveByCourseId(courseId) >= course.getPlaces()) {
            throw new EnrolmentRefusedException(course.getLabel() + " is full.");
        }
        Enrolment enrolment = new Enrolment();
        enrolment.setLearner(learner);
        enrolment.setCourse(course);
        enrolment.setEnrolledOn(LocalDate.now());
        enrolment.setConcession(learner.getConcession());
        enrolment.setFeeCharged(feeCalculator.feeFor(course, learner.getConcession()));
        enrolmentRepository.save(enrolment);
        return enrolment;
    }

    @Override
    @Transactional(rollbackFor = EnrolmentRefusedException.class)
    public Enrolment cancel(int enrolmentId) throws EnrolmentRefusedException {
        Enrolment enrolment = findEnrolment(enrolmentId);
        if (!enrolment.isActive()) {
            throw new EnrolmentRefusedException("This enrolment on " + enrolment.getCourse().getLabel()
                    + " was cancelled already.");
        }
        enrolment.setStatus(EnrolmentStatus.CANCELLED);
        enrolment.setCancelledOn(LocalDate.now());
        enrolment.setRefundDue(feeCalculator.refundFor(enrolment));
        enrolmentRepository.save(enrolment);
        return enrolment;
    }

    @Override
    @Transactional(readOnly = true)
    public Enrolment findEnrolment(int enrolmentId) {
        Enrolment enrolment = enrolmentRepository.findById(enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException("Enrolment", enrolmentId);
        }
        return enrolment;
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Enrolment> findEnrolmentsOfLearner(int learnerId) {
        return enrolmentRepository.findByLearnerId(learnerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<Enrolment> findClassList(int courseId) {
        return enrolmentRepository.findActiveByCourseId(courseId);
    }
}
