package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for one course tree, modules first. */
record CourseView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) boolean published,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer completedExercises,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer totalExercises,
    @Schema(requiredMode = REQUIRED) List<ModuleView> modules) {

  CourseView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    modules = Collections.unmodifiableList(modules);
  }
}
