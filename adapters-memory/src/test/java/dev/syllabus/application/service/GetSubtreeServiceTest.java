package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.GetSubtreeQuery;
import dev.syllabus.application.port.in.InvalidQueryException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.ProgressCount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetSubtreeServiceTest {

  private static final LearnerId ADA = new LearnerId(7);

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GetSubtreeService service = new GetSubtreeService(store, store, store);

  private Course course(boolean published) {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(2, 3, 2).draft("C", published))).get(0);
    return new GetCourseTreeService(store, store, store)
        .getCourseTree(GetCourseTreeQuery.of(id, Viewer.author()))
        .course();
  }

  private CourseTree subtree(
      dev.syllabus.domain.course.ChildId node,
      Optional<LearnerId> learner,
      TreeDepth depth,
      Viewer viewer) {
    return service.getSubtree(new GetSubtreeQuery(node, learner, depth, viewer));
  }

  @Test
  void a_module_of_a_published_course_is_public_with_its_course_version() {
    Course course = course(true);
    CourseModule module = course.modules().get(1);

    CourseTree tree =
        subtree(module.id(), Optional.empty(), TreeDepth.EXERCISES, Viewer.anonymous());

    assertThat(tree.course().modules()).containsExactly(module);
    assertThat(tree.course().version()).isEqualTo(course.version());
    assertThat(tree.progress()).isEmpty();
  }

  @Test
  void a_lesson_comes_with_the_learners_progress_counted_below_the_depth() {
    Course course = course(true);
    Lesson lesson = course.modules().get(0).lessons().get(2);
    store.recordCompletions(ADA, List.of(lesson.exercises().get(1).id()));

    CourseTree tree =
        subtree(lesson.id(), Optional.of(ADA), TreeDepth.LESSONS, Viewer.learner(ADA));

    assertThat(tree.course().modules().get(0).lessons())
        .singleElement()
        .satisfies(read -> assertThat(read.exercises()).isEmpty());
    assertThat(tree.progress().orElseThrow().of(lesson.id())).isEqualTo(new ProgressCount(1, 2));
  }

  @Test
  void a_node_in_a_draft_exists_only_for_authors() {
    Course draft = course(false);
    ModuleId module = draft.modules().get(0).id();

    assertThat(subtree(module, Optional.empty(), TreeDepth.LESSONS, Viewer.author()).course().id())
        .isEqualTo(draft.id());
    assertThatThrownBy(
            () -> subtree(module, Optional.empty(), TreeDepth.LESSONS, Viewer.learner(ADA)))
        .isInstanceOf(NodeNotFoundException.class)
        .hasMessage("Module " + module + " not found");
    assertThatThrownBy(
            () -> subtree(module, Optional.empty(), TreeDepth.LESSONS, Viewer.anonymous()))
        .isInstanceOf(NodeNotFoundException.class);
  }

  @Test
  void another_learners_progress_is_refused_before_anything_is_read() {
    Course course = course(true);

    assertThatThrownBy(
            () ->
                subtree(
                    course.modules().get(0).id(),
                    Optional.of(ADA),
                    TreeDepth.EXERCISES,
                    Viewer.learner(new LearnerId(8))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(
            subtree(
                    course.modules().get(0).id(),
                    Optional.of(ADA),
                    TreeDepth.EXERCISES,
                    Viewer.author())
                .progress())
        .isPresent();
  }

  @Test
  void an_unknown_node_is_reported_by_name_and_a_lesson_cannot_stop_at_the_modules() {
    assertThatThrownBy(
            () ->
                subtree(new ModuleId(404), Optional.empty(), TreeDepth.EXERCISES, Viewer.author()))
        .isInstanceOf(NodeNotFoundException.class)
        .hasMessage("Module 404 not found");
    Lesson lesson = course(true).modules().get(0).lessons().get(0);
    assertThatThrownBy(
            () -> subtree(lesson.id(), Optional.empty(), TreeDepth.MODULES, Viewer.author()))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(
            () ->
                subtree(new ExerciseId(1), Optional.empty(), TreeDepth.EXERCISES, Viewer.author()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
