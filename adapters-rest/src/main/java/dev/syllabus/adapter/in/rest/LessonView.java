package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/**
 * Driving adapter's response body for a lesson and its exercises (unless read above them); counts
 * completions only if a learner was asked.
 */
record LessonView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) int position,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer completedExercises,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Integer totalExercises,
    @Schema(description = "absent with depth=modules or depth=lessons")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<ExerciseView> exercises) {

  LessonView {
    // Wrapped, not copied: a lesson can hold thousands of exercises, and nobody else has the list.
    exercises = exercises == null ? null : Collections.unmodifiableList(exercises);
  }
}
