package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.StatementBudget.Counted;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.GetLearnerDashboardQuery;
import dev.syllabus.application.port.in.GetSubtreeQuery;
import dev.syllabus.application.port.in.LearnerDashboard;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.GetLearnerDashboardService;
import dev.syllabus.application.service.GetSubtreeService;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.ProgressCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exact number of statements of the reads that stop early or start low (a depth, a module, a
 * lesson) and of the progress at every level and the dashboard, each at two sizes: a count that
 * grew with the course would differ between them.
 */
class ReadToDepthStatementCountTest {

  @org.junit.jupiter.api.extension.RegisterExtension
  static final FreshDatabase DB = FreshDatabase.perClass();

  private static final LearnerId LEARNER = new LearnerId(42);
  private static final LearnerId BUSY = new LearnerId(43);

  /** The two sizes, and what each has per module. */
  enum Size {
    SMALL(new CourseShape(5, 8, 6), 5, 8, 6),
    MEDIUM(new CourseShape(10, 50, 10), 10, 50, 10);

    final CourseShape shape;
    final int modules;
    final int lessonsPerModule;
    final int exercisesPerLesson;
    Course course;

    Size(CourseShape shape, int modules, int lessonsPerModule, int exercisesPerLesson) {
      this.shape = shape;
      this.modules = modules;
      this.lessonsPerModule = lessonsPerModule;
      this.exercisesPerLesson = exercisesPerLesson;
    }

    int exercises() {
      return modules * lessonsPerModule * exercisesPerLesson;
    }

    ChildId secondModule() {
      return course.modules().get(1).id();
    }

    ChildId lastLesson() {
      return course.modules().get(1).lessons().get(lessonsPerModule - 1).id();
    }
  }

  private static StatementBudget budget;
  private static List<CourseId> begunByBusy = new ArrayList<>();

  @BeforeAll
  static void courses_of_two_sizes_half_done_and_a_learner_in_50_courses() {
    JdbiCourseTreeWriter writer = new JdbiCourseTreeWriter(DB.jdbi());
    JdbiCompletionStore completions = new JdbiCompletionStore(DB.jdbi());
    for (Size size : Size.values()) {
      CourseId id = writer.createCourseTrees(List.of(size.shape.draft(size.name(), true))).get(0);
      size.course = new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(id)).get(0);
      List<ExerciseId> everySecond = new ArrayList<>();
      List<ExerciseId> all = size.course.exerciseIds();
      for (int i = 0; i < all.size(); i += 2) {
        everySecond.add(all.get(i));
      }
      completions.recordCompletions(LEARNER, everySecond);
    }
    List<CourseDraft> fifty =
        Collections.nCopies(50, new CourseShape(2, 3, 4).draft("Begun", true));
    for (CourseId id : writer.createCourseTrees(fifty)) {
      begunByBusy.add(id);
      Course course = new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(id)).get(0);
      completions.recordCompletions(BUSY, course.exerciseIds().subList(0, 5));
    }
    budget = new StatementBudget(DB.jdbi(), DB.snapshotJdbi());
  }

  private static Counted<Course> course(LoadCourseTreesPort loader, Size size, TreeDepth depth) {
    return budget.run(() -> loader.loadCourseTrees(List.of(size.course.id()), depth).get(0));
  }

  private static Counted<Course> subtree(LoadCourseTreesPort loader, ChildId node, TreeDepth d) {
    return budget.run(() -> loader.loadSubtree(node, d).orElseThrow());
  }

  private static JdbiCourseTreeLoader batched() {
    return new JdbiCourseTreeLoader(DB.jdbi());
  }

  private static NaiveJdbiCourseTreeLoader naive() {
    return new NaiveJdbiCourseTreeLoader(DB.jdbi());
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_course_to_its_modules_runs_2_statements_to_its_lessons_3(Size size) {
    Counted<Course> modules = course(batched(), size, TreeDepth.MODULES);
    Counted<Course> lessons = course(batched(), size, TreeDepth.LESSONS);

    assertThat(modules.statements()).isEqualTo(2);
    assertThat(modules.result().modules()).hasSize(size.modules);
    assertThat(lessons.statements()).isEqualTo(3);
    assertThat(lessons.result().modules().get(0).lessons()).hasSize(size.lessonsPerModule);
    assertThat(lessons.result().exerciseIds()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void the_naive_outline_runs_2_plus_one_per_module(Size size) {
    assertThat(course(naive(), size, TreeDepth.LESSONS).statements()).isEqualTo(2 + size.modules);
    assertThat(course(naive(), size, TreeDepth.LESSONS).result())
        .isEqualTo(course(batched(), size, TreeDepth.LESSONS).result());
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_module_subtree_runs_1_statement_to_find_it_and_1_per_level_below(Size size) {
    Counted<Course> whole = subtree(batched(), size.secondModule(), TreeDepth.EXERCISES);

    assertThat(whole.statements()).isEqualTo(3);
    assertThat(whole.result().exerciseIds())
        .hasSize(size.lessonsPerModule * size.exercisesPerLesson);
    assertThat(subtree(batched(), size.secondModule(), TreeDepth.LESSONS).statements())
        .isEqualTo(2);
    assertThat(subtree(batched(), size.secondModule(), TreeDepth.MODULES).statements())
        .isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_lesson_subtree_runs_2_statements_and_1_without_its_exercises(Size size) {
    Counted<Course> whole = subtree(batched(), size.lastLesson(), TreeDepth.EXERCISES);

    assertThat(whole.statements()).isEqualTo(2);
    assertThat(whole.result().exerciseIds()).hasSize(size.exercisesPerLesson);
    assertThat(subtree(batched(), size.lastLesson(), TreeDepth.LESSONS).statements()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void the_naive_module_subtree_runs_2_plus_one_per_lesson(Size size) {
    Counted<Course> naive = subtree(naive(), size.secondModule(), TreeDepth.EXERCISES);

    assertThat(naive.statements()).isEqualTo(2 + size.lessonsPerModule);
    assertThat(naive.result())
        .isEqualTo(subtree(batched(), size.secondModule(), TreeDepth.EXERCISES).result());
  }

  /** Made before counting: the unit of work checks its sessions with a statement of its own. */
  private static GetCourseTreeService courseService() {
    Jdbi reads = DB.snapshotJdbi();
    return new GetCourseTreeService(
        new JdbiUnitOfWork(reads, DB.jdbi()),
        new JdbiCourseTreeLoader(reads),
        new JdbiCompletionStore(reads));
  }

  private static GetSubtreeService subtreeService() {
    Jdbi reads = DB.snapshotJdbi();
    return new GetSubtreeService(
        new JdbiUnitOfWork(reads, DB.jdbi()),
        new JdbiCourseTreeLoader(reads),
        new JdbiCompletionStore(reads));
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void an_outline_with_progress_at_every_level_runs_4_statements(Size size) {
    GetCourseTreeService service = courseService();
    Counted<CourseTree> outline =
        budget.run(
            () ->
                service.getCourseTree(
                    new GetCourseTreeQuery(
                        size.course.id(),
                        Optional.of(LEARNER),
                        TreeDepth.LESSONS,
                        Viewer.learner(LEARNER))));

    assertThat(outline.statements()).isEqualTo(3 + 1);
    var progress = outline.result().progress().orElseThrow();
    assertThat(progress.total())
        .isEqualTo(new ProgressCount(size.exercises() / 2, size.exercises()));
    int perModule = size.lessonsPerModule * size.exercisesPerLesson;
    assertThat(progress.of(size.course.modules().get(1).id()))
        .isEqualTo(new ProgressCount(perModule / 2, perModule));
    assertThat(progress.of(size.course.modules().get(0).lessons().get(0).id()))
        .isEqualTo(new ProgressCount(size.exercisesPerLesson / 2, size.exercisesPerLesson));
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void progress_counts_every_exercise_whatever_the_depth_in_the_same_statements_plus_one(
      Size size) {
    GetCourseTreeService service = courseService();
    for (TreeDepth depth : TreeDepth.values()) {
      Counted<CourseTree> tree =
          budget.run(
              () ->
                  service.getCourseTree(
                      new GetCourseTreeQuery(
                          size.course.id(), Optional.of(LEARNER), depth, Viewer.author())));

      assertThat(tree.statements()).isEqualTo(depth.ordinal() + 2 + 1);
      assertThat(tree.result().progress().orElseThrow().total())
          .isEqualTo(new ProgressCount(size.exercises() / 2, size.exercises()));
    }
  }

  @ParameterizedTest
  @EnumSource(Size.class)
  void a_subtree_with_progress_runs_its_statements_plus_one(Size size) {
    GetSubtreeService service = subtreeService();
    Counted<CourseTree> module =
        budget.run(
            () ->
                service.getSubtree(
                    new GetSubtreeQuery(
                        size.secondModule(),
                        Optional.of(LEARNER),
                        TreeDepth.EXERCISES,
                        Viewer.learner(LEARNER))));
    Counted<CourseTree> lesson =
        budget.run(
            () ->
                service.getSubtree(
                    new GetSubtreeQuery(
                        size.lastLesson(),
                        Optional.of(LEARNER),
                        TreeDepth.LESSONS,
                        Viewer.learner(LEARNER))));

    int perModule = size.lessonsPerModule * size.exercisesPerLesson;
    assertThat(module.statements()).isEqualTo(3 + 1);
    assertThat(module.result().progress().orElseThrow().total())
        .isEqualTo(new ProgressCount(perModule / 2, perModule));
    assertThat(lesson.statements()).isEqualTo(1 + 1);
    assertThat(
            lesson
                .result()
                .progress()
                .orElseThrow()
                .of(lesson.result().course().modules().get(0).lessons().get(0).id()))
        .isEqualTo(new ProgressCount(size.exercisesPerLesson / 2, size.exercisesPerLesson));
  }

  @org.junit.jupiter.api.Test
  void a_dashboard_runs_1_statement_for_2_courses_and_for_50() {
    GetLearnerDashboardService dashboard =
        new GetLearnerDashboardService(new JdbiCompletionStore(DB.jdbi()));

    Counted<LearnerDashboard> two =
        budget.run(
            () ->
                dashboard.getDashboard(
                    new GetLearnerDashboardQuery(
                        LEARNER, 100, Optional.empty(), Viewer.learner(LEARNER))));
    Counted<LearnerDashboard> fifty =
        budget.run(
            () ->
                dashboard.getDashboard(
                    new GetLearnerDashboardQuery(
                        BUSY, 100, Optional.empty(), Viewer.learner(BUSY))));

    assertThat(two.statements()).isEqualTo(1);
    assertThat(two.result().courses()).hasSize(2);
    assertThat(two.result().courses().get(1).count()).isEqualTo(new ProgressCount(2_500, 5_000));
    assertThat(fifty.statements()).isEqualTo(1);
    assertThat(fifty.result().courses())
        .hasSize(50)
        .allSatisfy(c -> assertThat(c.count()).isEqualTo(new ProgressCount(5, 24)));
    assertThat(fifty.result().courses().get(0).course()).isEqualTo(begunByBusy.get(0));
    assertThat(fifty.result().next()).isEmpty();
  }
}
