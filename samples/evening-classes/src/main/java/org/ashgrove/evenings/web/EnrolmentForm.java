package org.ashgrove.evenings.web;

import jakarta.validation.constraints.NotNull;

/**
 * What the enrolment form posts: the course the learner enrols on.
 */
public class EnrolmentForm {

    @NotNull
    private Integer courseId;

    public Integer getCourseId() {
        return courseId;
    }

    public void setCourseId(Integer courseId) {
        this.courseId = courseId;
    }
}
