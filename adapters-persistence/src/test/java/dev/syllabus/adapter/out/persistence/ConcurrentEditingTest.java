package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.AddChildService;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.EditChildService;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many threads add and move children of the same parents at once: positions must end dense and
 * unique, every write must be there, and the course's stored size must be its tree's.
 */
class ConcurrentEditingTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private static final int THREADS = 8;
  private static final int CHANGES_PER_THREAD = 25;

  @Test
  void concurrent_adds_and_moves_keep_positions_dense_and_lose_no_write() throws Exception {
    JdbiCourseTreeEditor editor = new JdbiCourseTreeEditor(DB.jdbi());
    JdbiUnitOfWork unitOfWork = new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi());
    AddChildService addChild =
        new AddChildService(
            unitOfWork, editor, CourseLimits.DEFAULT, AnnounceCourseChangesPort.NOBODY);
    EditChildService editChild =
        new EditChildService(
            unitOfWork, editor, CourseLimits.DEFAULT, AnnounceCourseChangesPort.NOBODY);
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(DB.jdbi());
    CourseId course =
        new JdbiCourseTreeWriter(DB.jdbi())
            .createCourseTrees(List.of(new CourseShape(1, 2, 10).draft("Busy", true)))
            .get(0);
    List<Lesson> lessons =
        loader.loadCourseTrees(List.of(course)).get(0).modules().get(0).lessons();
    List<LessonId> parents = lessons.stream().map(Lesson::id).toList();
    List<ExerciseId> movers =
        lessons.stream().flatMap(l -> l.exercises().stream()).map(Exercise::id).toList();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Callable<List<String>> work =
          () -> {
            Random random = new Random(thread);
            List<String> added = new ArrayList<>();
            for (int i = 0; i < CHANGES_PER_THREAD; i++) {
              LessonId parent = parents.get(random.nextInt(parents.size()));
              if (random.nextBoolean()) {
                String title = "Added " + thread + "." + i;
                addChild.addChild(
                    Viewer.author(),
                    new AddChildCommand(
                        parent,
                        title,
                        Optional.of("text"),
                        OptionalInt.of(1 + random.nextInt(3)),
                        ExpectedVersion.any()));
                added.add(title);
              } else {
                editChild.editChild(
                    Viewer.author(),
                    new EditChildCommand(
                        movers.get(random.nextInt(movers.size())),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(parent),
                        OptionalInt.of(1 + random.nextInt(3)),
                        ExpectedVersion.any()));
              }
            }
            return added;
          };
      results.add(pool.submit(work));
    }
    List<String> added = new ArrayList<>();
    for (Future<List<String>> result : results) {
      added.addAll(result.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();

    Course after = loader.loadCourseTrees(List.of(course)).get(0);
    List<String> titles =
        after.modules().get(0).lessons().stream()
            .flatMap(l -> l.exercises().stream())
            .map(Exercise::title)
            .toList();
    assertThat(titles).hasSize(20 + added.size()).containsAll(added).doesNotHaveDuplicates();
    assertThat(after.exerciseIds()).containsAll(movers);
    for (Lesson lesson : after.modules().get(0).lessons()) {
      assertThat(lesson.exercises())
          .extracting(Exercise::position)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(1, lesson.exercises().size())
                  .boxed()
                  .toList());
    }
    assertThat(after.version()).isEqualTo(1 + THREADS * CHANGES_PER_THREAD);
    // Each change computed the size from the row it had locked: none counted on a stale one.
    assertThat(
            JdbiCourseStateLoader.forReads(DB.jdbi()).loadCourseState(course).orElseThrow().size())
        .isEqualTo(CourseSize.of(after));
  }
}
