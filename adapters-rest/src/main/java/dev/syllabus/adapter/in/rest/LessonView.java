package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for a lesson; counts completions only if a learner was asked. */
record LessonView(
    long id,
    String title,
    int position,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer completedExercises,
    List<ExerciseView> exercises) {

  LessonView {
    // Wrapped, not copied: a lesson can hold thousands of exercises, and nobody else has the list.
    exercises = Collections.unmodifiableList(exercises);
  }
}
