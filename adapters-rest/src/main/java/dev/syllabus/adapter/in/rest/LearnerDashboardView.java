package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Driving adapter's response body for a learner's dashboard: a page of the courses they began;
 * {@code next} is null on the last page, and written as null as a page of trees writes it.
 */
record LearnerDashboardView(
    @Schema(requiredMode = REQUIRED) List<CourseProgressView> courses,
    @Schema(
            requiredMode = REQUIRED,
            types = {"string", "null"},
            description = "the cursor of the next page, null on the last")
        String next) {

  LearnerDashboardView {
    courses = List.copyOf(courses);
  }
}
