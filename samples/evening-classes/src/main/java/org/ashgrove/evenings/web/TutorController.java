package org.ashgrove.evenings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Tutor;
import org.ashgrove.evenings.service.CatalogueService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The tutors' list, with the courses each teaches this term.
 */
@Controller
class TutorController {

    private final CatalogueService catalogueService;

    @Autowired
    TutorController(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
    }

    @GetMapping("/tutors")
    String showTutorList(Model model) {
        Map<Integer, List<Course>> coursesByTutor = new LinkedHashMap<>();
        for (Tutor tutor : catalogueService.findTutors()) {
            coursesByTutor.put(tutor.getId(), new ArrayList<>());
        }
        for (Course course : catalogueService.findCourses(null, null)) {
            if (course.getTutor() != null) {
                coursesByTutor.get(course.getTutor().getId()).add(course);
            }
        }
        model.addAttribute("tutors", catalogueService.findTutors());
        model.addAttribute("coursesByTutor", coursesByTutor);
        return "tutors/tutorList";
    }
}
