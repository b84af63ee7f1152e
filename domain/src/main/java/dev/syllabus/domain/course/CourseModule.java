package dev.syllabus.domain.course;

import java.util.List;
import java.util.Objects;

/**
 * A module of a course: its lessons in position order. Not called {@code Module}, which would hide
 * {@link java.lang.Module}.
 */
public record CourseModule(ModuleId id, String title, int position, List<Lesson> lessons)
    implements Positioned {

  public CourseModule {
    Objects.requireNonNull(id, "id");
    Titles.requireValid(title);
    Positions.requireValid(position);
    lessons = Positions.inOrder(lessons, "module");
  }
}
