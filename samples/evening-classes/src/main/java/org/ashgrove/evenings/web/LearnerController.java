package org.ashgrove.evenings.web;

import jakarta.validation.Valid;
import java.util.Collection;
import org.ashgrove.evenings.model.ConcessionType;
import org.ashgrove.evenings.model.Learner;
import org.ashgrove.evenings.service.EnrolmentService;
import org.ashgrove.evenings.service.LearnerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Learners at the front desk: finding one, registering one, their page with their enrolments, their contact
 * details.
 */
@Controller
class LearnerController {

    private static final String VIEW_LEARNER_FORM = "learners/createOrUpdateLearnerForm";

    private final LearnerService learnerService;
    private final EnrolmentService enrolmentService;

    @Autowired
    LearnerController(LearnerService learnerService, EnrolmentService enrolmentService) {
        this.learnerService = learnerService;
        this.enrolmentService = enrolmentService;
    }

    @InitBinder("learner")
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("concessions")
    ConcessionType[] populateConcessions() {
        return ConcessionType.values();
    }

    @GetMapping("/learners")
    String findLearners(@RequestParam(value = "lastName", required = false) String lastName, Model model) {
        if (lastName != null) {
            Collection<Learner> learners = learnerService.findLearnersByLastName(lastName);
            model.addAttribute("learners", learners);
        }
        model.addAttribute("lastName", lastName);
        return "learners/findLearners";
    }

    @GetMapping("/learners/new")
    String initCreationForm(Model model) {
        model.addAttribute("learner", new Learner());
        return VIEW_LEARNER_FORM;
    }

    @PostMapping("/learners/new")
    String processCreationForm(@Valid Learner learner, BindingResult result, RedirectAttributes redirectAttributes) {
        if (result.hasErrors()) {
            return VIEW_LEARNER_FORM;
        }
        learnerService.saveLearner(learner);
        redirectAttributes.addFlashAttribute("message",
                "Learner " + learner.getLearnerNumber() + " " + learner.getFullName() + " registered.");
        return "redirect:/learners/" + learner.getId();
    }

    @GetMapping("/learners/{learnerId}")
    String showLearner(@PathVariable("learnerId") int learnerId, Model model) {
        model.addAttribute("learner", learnerService.findLearnerById(learnerId));
        model.addAttribute("enrolments", enrolmentService.findEnrolmentsOfLearner(learnerId));
        return "learners/learnerDetails";
    }

    @GetMapping("/learners/{learnerId}/edit")
    String initUpdateForm(@PathVariable("learnerId") int learnerId, Model model) {
        model.addAttribute("learner", learnerService.findLearnerById(learnerId));
        return VIEW_LEARNER_FORM;
    }

    @PostMapping("/learners/{learnerId}/edit")
    String processUpdateForm(@Valid Learner learner, BindingResult result, @PathVariable("learnerId") int learnerId,
            RedirectAttributes redirectAttributes) {
        if (result.hasErrors()) {
            learner.setId(learnerId);
            return VIEW_LEARNER_FORM;
        }
        learnerService.findLearnerById(learnerId);
        learner.setId(learnerId);
        learnerService.saveLearner(learner);
        redirectAttributes.addFlashAttribute("message", "Contact details of " + learner.getFullName() + " updated.");
        return "redirect:/learners/" + learnerId;
    }
}
