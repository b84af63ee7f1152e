package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for a course module and its lessons (unless read above them). */
record ModuleView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) int position,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer completedExercises,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer totalExercises,
    @Schema(description = "absent with depth=modules") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<LessonView> lessons) {

  ModuleView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    lessons = lessons == null ? null : Collections.unmodifiableList(lessons);
  }
}
