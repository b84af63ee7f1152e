package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/**
 * Driving adapter's response body for a page of course trees; {@code next} is null on the last
 * page, and written as null (Jackson's default) so that a client reads the end rather than guess
 * it.
 */
record CourseTreePageView(
    @Schema(requiredMode = REQUIRED) List<CourseView> courses,
    @Schema(
            requiredMode = REQUIRED,
            types = {"string", "null"},
            description = "the cursor of the next page, null on the last")
        String next) {

  CourseTreePageView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    courses = Collections.unmodifiableList(courses);
  }
}
