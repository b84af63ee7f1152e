package dev.syllabus.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseStateLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeEditor;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.JdbiPastImports;
import dev.syllabus.adapter.out.persistence.JdbiUnitOfWork;
import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.application.service.Services;
import dev.syllabus.benchmarks.load.LoadChecks.Check;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The load test's checks on a tiny course of one module with two lessons of three exercises,
 * changed through the service's own adapter: they pass on what the changes made, and catch a gap in
 * positions, a lost change, a version answered twice and a completion that should be gone.
 */
class LoadChecksTest {

  @RegisterExtension static final FreshDatabase DATABASE = FreshDatabase.emptiedBeforeEachTest();

  private static final long LEARNER = 1001;

  private SyllabusUseCases authoring;
  private TreeSnapshot seed;
  private long course;
  private long firstLesson;
  private long secondLesson;
  private List<Long> firstLessonsExercises;
  private final List<Change> changes = new ArrayList<>();

  @BeforeEach
  void seedOneSmallCourse() throws SQLException {
    Jdbi jdbi = DATABASE.jdbi();
    new GenerateCoursesService(
            new JdbiCourseTreeWriter(jdbi),
            new JdbiCourseTreeLoader(jdbi),
            new JdbiCompletionStore(jdbi),
            AnnounceCourseChangesPort.NOBODY)
        .generateCourses(
            Viewer.author(), new GenerateCoursesCommand(1, 1, 2, 3, true, Optional.empty()));
    authoring =
        Services.over(
            new SyllabusPorts(
                new JdbiUnitOfWork(DATABASE.snapshotJdbi(), jdbi),
                new JdbiCourseTreeLoader(jdbi),
                new JdbiCompletionStore(jdbi),
                JdbiCourseStateLoader.forReads(jdbi),
                new JdbiCourseTreeWriter(jdbi),
                new JdbiCourseTreeEditor(jdbi),
                JdbiCourseStateLoader.forWrites(jdbi),
                new JdbiCompletionStore(jdbi),
                new JdbiPastImports(jdbi)));
    seed = snapshot();
    TreeSnapshot.CourseState state = seed.courses().values().iterator().next();
    course = state.id();
    List<Long> lessons = state.lessonsByModule().values().iterator().next();
    firstLesson = lessons.get(0);
    secondLesson = lessons.get(1);
    firstLessonsExercises = state.exercisesByLesson().get(firstLesson);
  }

  @Test
  void treesThatTheConfirmedChangesMadePassEveryCheck() throws SQLException {
    long added = add(secondLesson, 1, "Load exercise 0.1");
    move(firstLessonsExercises.get(0), secondLesson, 2);
    move(firstLessonsExercises.get(2), firstLesson, 1); // within its lesson
    long renamed = firstLessonsExercises.get(1);
    ChildChange rename =
        authoring
            .editChild()
            .editChild(
                Viewer.author(),
                new EditChildCommand(
                    new ExerciseId(renamed),
                    Optional.of("Load exercise title 0.2"),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty(),
                    ExpectedVersion.of(4)));
    changes.add(
        new Change(
            course,
            rename.course().version(),
            new Change.RenameExercise(renamed, "Load exercise title 0.2")));
    long courseVersion =
        authoring
            .editCourse()
            .editCourse(
                Viewer.author(),
                new EditCourseCommand(
                    new CourseId(course),
                    Optional.of("Load course title 0.3"),
                    Optional.empty(),
                    ExpectedVersion.any()))
            .version();
    changes.add(
        new Change(course, courseVersion, new Change.RenameCourse("Load course title 0.3")));
    delete(firstLessonsExercises.get(1));
    complete(added);

    List<Check> checks = checks(Map.of(LEARNER, Map.of(added, true)));

    assertThat(checks)
        .allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    assertThat(checks.get(3).figures()).isEqualTo("6 + 1 − 1 = 6; stored 6");
  }

  @Test
  void aGapInALessonsPositionsIsCaughtAndNamesTheLesson() throws SQLException {
    DATABASE
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "update exercises set position = 5 where lesson_id = ? and position = 3",
                    firstLesson));

    try (Connection connection = DATABASE.database().connect()) {
      Check dense = LoadChecks.densePositions(connection);

      assertThat(dense.passed()).isFalse();
      assertThat(dense.figures())
          .isEqualTo(
              "1 parents broken: lesson "
                  + firstLesson
                  + ": 3 children at positions 1..5, 3 distinct");
    }
  }

  @Test
  void anAddTheDatabaseDoesNotHoldFailsTheCountTheVersionAndTheTree() throws SQLException {
    changes.add(new Change(course, 2, new Change.AddExercise(999_999, firstLesson, 1, "Lost")));

    List<Check> checks = checks(Map.of());

    assertThat(checks.get(3).passed()).isFalse();
    assertThat(checks.get(3).figures()).isEqualTo("6 + 1 − 0 = 7; stored 6");
    assertThat(checks.get(4).figures()).isEqualTo("course " + course + " at v1, expected v2");
    assertThat(checks.get(5).figures()).contains("lesson " + firstLesson + " holds");
  }

  @Test
  void twoChangesThatAnsweredOneVersionAreCaught() throws SQLException {
    add(firstLesson, 1, "Load exercise 0.1");
    changes.add(new Change(course, 2, new Change.RenameCourse("Never made")));

    Check versions = checks(Map.of()).get(4);

    assertThat(versions.passed()).isFalse();
    assertThat(versions.figures())
        .startsWith("course " + course + ": two changes answered version 2");
  }

  @Test
  void aCompletionTheLearnerTookBackIsCaughtIfStillStored() throws SQLException {
    long exercise = firstLessonsExercises.get(0);
    complete(exercise);

    Check completions = checks(Map.of(LEARNER, Map.of(exercise, false))).get(6);

    assertThat(completions.passed()).isFalse();
    assertThat(completions.figures())
        .isEqualTo("expected 0, stored 1; learner 1001 lacks [], has extra [" + exercise + "]");
  }

  @Test
  void aCompletionOfAnExerciseDeletedSinceIsNotExpected() throws SQLException {
    long exercise = firstLessonsExercises.get(0);
    complete(exercise);
    delete(exercise);

    Check completions = checks(Map.of(LEARNER, Map.of(exercise, true))).get(6);

    assertThat(completions.passed()).isTrue();
    assertThat(completions.figures()).isEqualTo("expected 0, stored 0");
  }

  @Test
  void aProgressReadMissingACompletionFailsTheCheckEvenWhileTheExerciseWasBeingDeleted() {
    long deleted = firstLessonsExercises.get(0);
    changes.add(new Change(course, 2, new Change.DeleteExercise(deleted)));
    Tally tally = new Tally();
    tally.disagreement(new Tally.Disagreement("learner 1001, exercise " + deleted, deleted, false));

    Check reads = LoadChecks.progressReads(tally);

    assertThat(reads.passed()).isFalse();
    assertThat(reads.figures())
        .isEqualTo("1 disagreements in 0 reads: learner 1001, exercise " + deleted);
  }

  private List<Check> checks(Map<Long, Map<Long, Boolean>> completions) throws SQLException {
    try (Connection connection = DATABASE.database().connect()) {
      return LoadChecks.all(
          connection, seed, snapshot(), new LoadChecks.Run(new Tally(), changes, completions));
    }
  }

  private long add(long lesson, int position, String title) {
    ChildChange change =
        authoring
            .addChild()
            .addChild(
                Viewer.author(),
                new AddChildCommand(
                    new LessonId(lesson),
                    title,
                    Optional.of("video"),
                    OptionalInt.of(position),
                    ExpectedVersion.any()));
    long id = change.child().value();
    changes.add(
        new Change(
            course,
            change.course().version(),
            new Change.AddExercise(id, lesson, position, title)));
    return id;
  }

  private void move(long exercise, long lesson, int position) {
    ChildChange change =
        authoring
            .editChild()
            .editChild(
                Viewer.author(),
                new EditChildCommand(
                    new ExerciseId(exercise),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(new LessonId(lesson)),
                    OptionalInt.of(position),
                    ExpectedVersion.any()));
    changes.add(
        new Change(
            course,
            change.course().version(),
            new Change.MoveExercise(exercise, lesson, position)));
  }

  private void delete(long exercise) {
    long version =
        authoring
            .deleteChild()
            .deleteChild(Viewer.author(), new ExerciseId(exercise), ExpectedVersion.any())
            .version();
    changes.add(new Change(course, version, new Change.DeleteExercise(exercise)));
  }

  private void complete(long exercise) {
    DATABASE
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "insert into exercise_completions (learner_id, exercise_id) values (?, ?)",
                    LEARNER,
                    exercise));
  }

  private static TreeSnapshot snapshot() throws SQLException {
    try (Connection connection = DATABASE.database().connect()) {
      return TreeSnapshot.read(connection);
    }
  }
}
