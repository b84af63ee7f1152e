package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.EditChildService;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An author moves an exercise to another lesson while a tree is being read, between the read of the
 * course row and the read of its exercises. A snapshot read answers the tree as it was, version and
 * content together; read level by level at READ COMMITTED, it answers a tree that never existed.
 */
class SnapshotReadsTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private CourseId course;
  private Course before;

  @BeforeEach
  void a_course_of_two_lessons_of_two_exercises() {
    course =
        new JdbiCourseTreeWriter(DB.jdbi())
            .createCourseTrees(List.of(new CourseShape(1, 2, 2).draft("Moving", true)))
            .get(0);
    before = new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(course)).get(0);
  }

  @Test
  void a_snapshot_read_answers_the_tree_as_it_was_when_it_began() {
    Jdbi reads = DB.snapshotJdbi();
    JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(reads, DB.jdbi());
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(reads);

    Course read = whileMoving(reads, () -> unitOfWork.read(() -> load(loader)));

    assertThat(read).isEqualTo(before);
    assertThat(load(loader)).isEqualTo(after());
  }

  @Test
  void a_loader_outside_a_unit_of_work_reads_one_snapshot_itself() {
    // As a tree without progress is read: the loader's own transaction, ended by its last
    // statements.
    Jdbi reads = DB.snapshotJdbi();
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(reads);

    Course read = whileMoving(reads, () -> load(loader));

    assertThat(read).isEqualTo(before);
    assertThat(load(loader)).isEqualTo(after());
  }

  @Test
  void a_read_at_read_committed_would_answer_a_tree_that_never_existed() {
    Jdbi readCommitted = DB.jdbi();
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(readCommitted);

    Course read = whileMoving(readCommitted, () -> load(loader));

    assertThat(read.version()).isEqualTo(before.version());
    assertThat(read).isNotEqualTo(before).isNotEqualTo(after());
  }

  private Course load(JdbiCourseTreeLoader loader) {
    return loader.loadCourseTrees(List.of(course)).get(0);
  }

  private Course after() {
    return new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(course)).get(0);
  }

  /**
   * Runs the read with the move made, and committed, by another connection right after the read's
   * first statement (the course row). Only the read's thread triggers it, once.
   */
  private Course whileMoving(Jdbi readsOn, Supplier<Course> read) {
    ExerciseId first = before.modules().get(0).lessons().get(0).exercises().get(0).id();
    LessonId second = before.modules().get(0).lessons().get(1).id();
    Thread reader = Thread.currentThread();
    SqlStatements statements = readsOn.getConfig(SqlStatements.class);
    SqlLogger original = statements.getSqlLogger();
    boolean[] moved = {false};
    statements.setSqlLogger(
        new SqlLogger() {
          @Override
          public void logAfterExecution(StatementContext context) {
            original.logAfterExecution(context);
            if (Thread.currentThread() == reader
                && !moved[0]
                && context.getRawSql().contains("from courses")) {
              moved[0] = true;
              CompletableFuture.runAsync(() -> moveToLesson(first, second)).join();
            }
          }
        });
    try {
      Course answer = read.get();
      assertThat(moved[0]).as("the move happened during the read").isTrue();
      return answer;
    } finally {
      statements.setSqlLogger(original);
    }
  }

  private static void moveToLesson(ExerciseId exercise, LessonId lesson) {
    new EditChildService(
            new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi()),
            new JdbiCourseTreeEditor(DB.jdbi()),
            CourseLimits.DEFAULT,
            AnnounceCourseChangesPort.NOBODY)
        .editChild(
            Viewer.author(),
            new EditChildCommand(
                exercise,
                Optional.empty(),
                Optional.empty(),
                Optional.of(lesson),
                OptionalInt.of(1),
                ExpectedVersion.any()));
  }
}
