package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetCourseTreeServiceTest {

  private static final LearnerId ADA = new LearnerId(7);

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GetCourseTreeService service = new GetCourseTreeService(store, store, store);

  private CourseId course(boolean published) {
    return store.createCourseTrees(List.of(new CourseShape(2, 2, 2).draft("C", published))).get(0);
  }

  @Test
  void a_published_course_tree_is_public_and_comes_without_progress() {
    CourseId id = course(true);

    CourseTree tree = service.getCourseTree(GetCourseTreeQuery.of(id, Viewer.anonymous()));

    assertThat(tree.course().id()).isEqualTo(id);
    assertThat(tree.course().exerciseIds()).hasSize(8);
    assertThat(tree.progress()).isEmpty();
  }

  @Test
  void a_learner_gets_their_own_completions_within_the_course() {
    CourseId id = course(true);
    List<ExerciseId> exercises =
        service.getCourseTree(GetCourseTreeQuery.of(id, Viewer.author())).course().exerciseIds();
    store.recordCompletions(ADA, List.of(exercises.get(2)));

    CourseTree tree =
        service.getCourseTree(new GetCourseTreeQuery(id, Optional.of(ADA), Viewer.learner(ADA)));

    assertThat(tree.progress())
        .hasValueSatisfying(
            progress ->
                assertThat(progress.exercises().completed()).containsExactly(exercises.get(2)));
  }

  @Test
  void an_author_may_read_any_learners_progress_but_a_learner_only_their_own() {
    CourseId id = course(true);

    assertThat(
            service
                .getCourseTree(new GetCourseTreeQuery(id, Optional.of(ADA), Viewer.author()))
                .progress())
        .isPresent();
    assertThatThrownBy(
            () ->
                service.getCourseTree(
                    new GetCourseTreeQuery(id, Optional.of(ADA), Viewer.learner(new LearnerId(8)))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                service.getCourseTree(
                    new GetCourseTreeQuery(id, Optional.of(ADA), Viewer.anonymous())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void an_unpublished_course_exists_only_for_authors() {
    CourseId id = course(false);

    assertThat(service.getCourseTree(GetCourseTreeQuery.of(id, Viewer.author())).course().id())
        .isEqualTo(id);
    assertThatThrownBy(() -> service.getCourseTree(GetCourseTreeQuery.of(id, Viewer.learner(ADA))))
        .isInstanceOf(CourseNotFoundException.class)
        .hasMessage("Course " + id + " not found");
    assertThatThrownBy(() -> service.getCourseTree(GetCourseTreeQuery.of(id, Viewer.anonymous())))
        .isInstanceOf(CourseNotFoundException.class);
  }

  @Test
  void an_unknown_course_is_reported_by_name() {
    assertThatThrownBy(
            () -> service.getCourseTree(GetCourseTreeQuery.of(new CourseId(404), Viewer.author())))
        .isInstanceOf(CourseNotFoundException.class)
        .hasMessage("Course 404 not found");
  }
}
