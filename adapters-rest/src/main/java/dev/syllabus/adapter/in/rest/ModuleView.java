package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for a course module and its lessons. */
record ModuleView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) int position,
    @Schema(requiredMode = REQUIRED) List<LessonView> lessons) {

  ModuleView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    lessons = Collections.unmodifiableList(lessons);
  }
}
