package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import java.util.Optional;

/**
 * Driven port: the small facts about a course that decide access and freshness, read without the
 * tree: one short round trip each.
 */
public interface LoadCourseStatePort {

  Optional<CourseState> loadCourseState(CourseId course);

  /** The state of the course the exercise belongs to; empty if the exercise does not exist. */
  Optional<CourseState> loadCourseStateOf(ExerciseId exercise);

  /**
   * A course's version, whether it is published, and its size as stored beside it (kept exact by
   * every write, so that no change has to count the tree).
   */
  record CourseState(CourseId course, long version, boolean published, CourseSize size) {}
}
