package org.ashgrove.evenings.web;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import org.ashgrove.evenings.model.Course;
import org.ashgrove.evenings.model.Room;
import org.ashgrove.evenings.model.Subject;
import org.ashgrove.evenings.model.Tutor;
import org.ashgrove.evenings.service.CatalogueService;
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
 * The prospectus: the course search, a course's page and the form the programme manager adds courses with.
 */
@Controller
class CourseController {

    private static final String VIEW_COURSE_FORM = "courses/createCourseForm";

    private final CatalogueService catalogueService;

    @Autowired
    CourseController(CatalogueService catalogueService) {
        this.catalogueService = catalogueService;
    }

    @InitBinder("course")
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "placesTaken");
    }

    @ModelAttribute("subjects")
    Collection<Subject> populateSubjects() {
        return catalogueService.findSubjects();
    }

    @GetMapping("/courses")
    String findCourses(@RequestParam(value = "subject", required = false) Subject subject,
            @RequestParam(value = "title", required = false) String title, Model model) {
        Collection<Course> courses = catalogueService.findCourses(subject, title);
        model.addAttribute("courses", courses);
        model.addAttribute("selectedSubject", subject == null ? "" : subject.getName());
        model.addAttribute("titleSearch", title);
        return "courses/courseList";
    }

    @GetMapping("/courses/{courseId}")
    String showCourse(@PathVariable("courseId") int courseId, Model model) {
        model.addAttribute("course", catalogueService.findCourseById(courseId));
        return "courses/courseDetails";
    }

    @GetMapping("/courses/new")
    String initCreationForm(Model model) {
        Course course = new Course();
        course.setWeeks(10);
        course.setStartTime(LocalTime.of(19, 0));
        model.addAttribute("course", course);
        populateFormLists(model);
        return VIEW_COURSE_FORM;
    }

    @PostMapping("/courses/new")
    String processCreationForm(@Valid Course course, BindingResult result, Model model,
            RedirectAttributes redirectAttributes) {
        if (course.getCode() != null && catalogueService.findCourseByCode(course.getCode()) != null) {
            result.rejectValue("code", "duplicate", new Object[] {course.getCode()}, "is already used");
        }
        if (course.getTutor() == null || course.getTutor().getId() == null) {
            result.rejectValue("tutor", "required", "is required");
        }
        Room room = selectedRoom(course);
        if (room == null) {
            result.rejectValue("room", "required", "is required");
        } else if (course.getPlaces() > room.getCapacity()) {
            result.rejectValue("places", "exceedsRoom", new Object[] {room.getName(), room.getCapacity()},
                    "exceed the room's capacity");
        }
        if (result.hasErrors()) {
            populateFormLists(model);
            return VIEW_COURSE_FORM;
        }
        catalogueService.saveCourse(course);
        redirectAttributes.addFlashAttribute("message", "Course " + course.getLabel() + " added to the prospectus.");
        return "redirect:/courses/" + course.getId();
    }

    private Room selectedRoom(Course course) {
        if (course.getRoom() == null || course.getRoom().getId() == null) {
            return null;
        }
        int roomId = course.getRoom().getId();
        return catalogueService.findRooms().stream().filter(r -> r.getId() == roomId).findFirst().orElse(null);
    }

    private void populateFormLists(Model model) {
        Collection<Tutor> tutors = catalogueService.findTutors();
        model.addAttribute("tutors", tutors);
        model.addAttribute("rooms", catalogueService.findRooms());
        model.addAttribute("weekdays", DayOfWeek.values());
    }
}
