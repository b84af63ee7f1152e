package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: a course's version and publication, one short statement each. The one for writes
 * holds a share lock on the course row until its unit of work ends, so that a change the state
 * allowed cannot race a change of the state (a course unpublished meanwhile waits for it).
 */
public final class JdbiCourseStateLoader implements LoadCourseStatePort {

  private final Jdbi jdbi;
  private final boolean lockUntilCommit;

  private JdbiCourseStateLoader(Jdbi jdbi, boolean lockUntilCommit) {
    this.jdbi = Daos.prepare(jdbi);
    this.lockUntilCommit = lockUntilCommit;
  }

  /** For reads, on any Jdbi: read-only snapshot transactions cannot lock rows. */
  public static JdbiCourseStateLoader forReads(Jdbi jdbi) {
    return new JdbiCourseStateLoader(jdbi, false);
  }

  /** For checks inside a write unit of work: the state stays as read until the unit ends. */
  public static JdbiCourseStateLoader forWrites(Jdbi jdbi) {
    return new JdbiCourseStateLoader(jdbi, true);
  }

  @Override
  public Optional<CourseState> loadCourseState(CourseId course) {
    return read(
        dao ->
            lockUntilCommit
                ? dao.courseStateForShare(course.value())
                : dao.courseState(course.value()));
  }

  @Override
  public Optional<CourseState> loadCourseStateOf(ExerciseId exercise) {
    return read(
        dao ->
            lockUntilCommit
                ? dao.courseStateOfExerciseForShare(exercise.value())
                : dao.courseStateOfExercise(exercise.value()));
  }

  private Optional<CourseState> read(Function<CourseStateDao, Optional<CourseStateRow>> query) {
    return DatabaseFailures.of(jdbi)
        .guard(
            () ->
                jdbi.withHandle(handle -> query.apply(handle.attach(CourseStateDao.class)))
                    .map(CourseStateRow::toState));
  }
}
