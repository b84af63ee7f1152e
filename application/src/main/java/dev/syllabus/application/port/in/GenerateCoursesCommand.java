package dev.syllabus.application.port.in;

import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * Input of {@link GenerateCoursesUseCase}: how many courses, how many modules per course, lessons
 * per module and exercises per lesson, whether they are published, and whose completions to add.
 */
public record GenerateCoursesCommand(
    int courses,
    int modules,
    int lessons,
    int exercises,
    boolean published,
    Optional<LearnerId> completionsFor) {

  public GenerateCoursesCommand {
    requireAtLeast(1, courses, "courses");
    requireAtLeast(0, modules, "modules");
    requireAtLeast(0, lessons, "lessons");
    requireAtLeast(0, exercises, "exercises");
    Objects.requireNonNull(completionsFor, "completionsFor");
  }

  private static void requireAtLeast(int minimum, int value, String what) {
    if (value < minimum) {
      throw new InvalidQueryException(what + " must be at least " + minimum + ", was " + value);
    }
  }
}
