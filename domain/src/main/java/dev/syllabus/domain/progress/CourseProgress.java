package dev.syllabus.domain.progress;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.Titles;
import java.util.Objects;

/** How far a learner got in one course: completed out of all its exercises. */
public record CourseProgress(CourseId course, String title, ProgressCount count) {

  public CourseProgress {
    Objects.requireNonNull(course, "course");
    Titles.requireValid(title);
    Objects.requireNonNull(count, "count");
  }
}
