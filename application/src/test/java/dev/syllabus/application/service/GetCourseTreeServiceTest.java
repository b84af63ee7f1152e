package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetCourseTreeServiceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GetCourseTreeService service = new GetCourseTreeService(store, store);

  @Test
  void a_course_tree_comes_without_progress_when_no_learner_is_named() {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(2, 2, 2).draft("C", true))).get(0);

    CourseTree tree = service.getCourseTree(GetCourseTreeQuery.of(id));

    assertThat(tree.course().id()).isEqualTo(id);
    assertThat(tree.course().exerciseIds()).hasSize(8);
    assertThat(tree.progress()).isEmpty();
  }

  @Test
  void a_named_learner_gets_their_completions_within_the_course() {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(1, 1, 3).draft("C", true))).get(0);
    LearnerId learner = new LearnerId(7);
    List<ExerciseId> exercises =
        service.getCourseTree(GetCourseTreeQuery.of(id)).course().exerciseIds();
    store.recordCompletions(learner, List.of(exercises.get(2)));

    CourseTree tree = service.getCourseTree(new GetCourseTreeQuery(id, Optional.of(learner)));

    assertThat(tree.progress())
        .hasValueSatisfying(
            progress -> assertThat(progress.completed()).containsExactly(exercises.get(2)));
  }

  @Test
  void an_unknown_course_is_reported_by_name() {
    assertThatThrownBy(() -> service.getCourseTree(GetCourseTreeQuery.of(new CourseId(404))))
        .isInstanceOf(CourseNotFoundException.class)
        .hasMessage("Course 404 not found");
  }
}
