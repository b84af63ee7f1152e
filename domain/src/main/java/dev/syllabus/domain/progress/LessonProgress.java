package dev.syllabus.domain.progress;

import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import java.util.Objects;

/** A learner's count in one lesson, with the module it rolls up into. */
public record LessonProgress(ModuleId module, LessonId lesson, ProgressCount count) {

  public LessonProgress {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(lesson, "lesson");
    Objects.requireNonNull(count, "count");
  }
}
