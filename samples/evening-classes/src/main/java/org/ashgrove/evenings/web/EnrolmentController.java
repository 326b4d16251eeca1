package org.ashgrove.evenings.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.ashgrove.evenings.model.Enrolment;
import org.ashgrove.evenings.service.CatalogueService;
import org.ashgrove.evenings.service.EnrolmentRefusedException;
import org.ashgrove.evenings.service.EnrolmentService;
import org.ashgrove.evenings.service.LearnerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolling a learner on a course, cancelling an enrolment, and a course's class list.
 */
@Controller
class EnrolmentController {

    private static final String VIEW_ENROLMENT_FORM = "enrolments/enrolmentForm";

    private final EnrolmentService enrolmentService;
    private final LearnerService learnerService;
    private final CatalogueService catalogueService;

    @Autowired
    EnrolmentController(EnrolmentService enrolmentService, LearnerService learnerService,
            CatalogueService catalogueService) {
        this.enrolmentService = enrolmentService;
        this.learnerService = learnerService;
        this.catalogueService = catalogueService;
    }

    @GetMapping("/learners/{learnerId}/enrolments/new")
    String initEnrolmentForm(@PathVariable("learnerId") int learnerId, Model model) {
        model.addAttribute("enrolmentForm", new EnrolmentForm());
        populateForm(learnerId, model);
        return VIEW_ENROLMENT_FORM;
    }

    @PostMapping("/learners/{learnerId}/enrolments/new")
    String processEnrolmentForm(@PathVariable("learnerId") int learnerId, @Valid @ModelAttribute EnrolmentForm form,
            BindingResult result, Model model, RedirectAttributes redirectAttributes) {
        if (!result.hasErrors()) {
            try {
                Enrolment enrolment = enrolmentService.enrol(learnerId, form.getCourseId());
                redirectAttributes.addFlashAttribute("message", "Enrolled on " + enrolment.getCourse().getLabel()
                        + "; fee " + pounds(enrolment.getFeeCharged()) + ".");
                return "redirect:/learners/" + learnerId;
            } catch (EnrolmentRefusedException e) {
                result.reject("refused", e.getMessage());
            }
        }
        populateForm(learnerId, model);
        return VIEW_ENROLMENT_FORM;
    }

    @PostMapping("/enrolments/{enrolmentId}/cancel")
    String cancelEnrolment(@PathVariable("enrolmentId") int enrolmentId, RedirectAttributes redirectAttributes) {
        Enrolment enrolment = enrolmentService.findEnrolment(enrolmentId);
        try {
            Enrolment cancelled = enrolmentService.cancel(enrolmentId);
            redirectAttributes.addFlashAttribute("message", "Enrolment on " + cancelled.getCourse().getLabel()
                    + " cancelled; refund due " + pounds(cancelled.getRefundDue()) + ".");
        } catch (EnrolmentRefusedException e) {
            redirectAttributes.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/learners/" + enrolment.getLearner().getId();
    }

    @GetMapping("/courses/{courseId}/enrolments")
    String showClassList(@PathVariable("courseId") int courseId, Model model) {
        model.addAttribute("course", catalogueService.findCourseById(courseId));
        model.addAttribute("enrolments", enrolmentService.findClassList(courseId));
        return "enrolments/classList";
    }

    private void populateForm(int learnerId, Model model) {
        model.addAttribute("learner", learnerService.findLearnerById(learnerId));
        model.addAttribute("courses", catalogueService.findCourses(null, null));
    }

    private static String pounds(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }
}
