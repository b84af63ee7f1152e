package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.GetLearnerDashboardQuery;
import dev.syllabus.application.port.in.InvalidQueryException;
import dev.syllabus.application.port.in.LearnerDashboard;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.ProgressCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetLearnerDashboardServiceTest {

  private static final LearnerId ADA = new LearnerId(7);

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GetLearnerDashboardService service = new GetLearnerDashboardService(store);
  private final List<CourseId> begun = new ArrayList<>();
  private CourseId draft;

  @BeforeEach
  void ada_began_three_published_courses_and_a_draft_and_left_one_untouched() {
    for (int i = 0; i < 5; i++) {
      CourseId id =
          store.createCourseTrees(List.of(new CourseShape(1, 2, 2).draft("C" + i, i != 3))).get(0);
      if (i == 2) {
        continue;
      }
      store.recordCompletions(
          ADA,
          store.loadCourseTrees(List.of(id)).get(0).exerciseIds().subList(0, Math.min(i + 1, 4)));
      if (i == 3) {
        draft = id;
      } else {
        begun.add(id);
      }
    }
  }

  private LearnerDashboard dashboard(int limit, Optional<CourseId> after, Viewer viewer) {
    return service.getDashboard(new GetLearnerDashboardQuery(ADA, limit, after, viewer));
  }

  @Test
  void a_learner_sees_the_published_courses_they_began_with_their_counts() {
    LearnerDashboard mine = dashboard(20, Optional.empty(), Viewer.learner(ADA));

    assertThat(mine.courses())
        .containsExactly(
            new CourseProgress(begun.get(0), "C0", new ProgressCount(1, 4)),
            new CourseProgress(begun.get(1), "C1", new ProgressCount(2, 4)),
            new CourseProgress(begun.get(2), "C4", new ProgressCount(4, 4)));
    assertThat(mine.next()).isEmpty();
  }

  @Test
  void an_author_sees_the_drafts_too() {
    assertThat(dashboard(20, Optional.empty(), Viewer.author()).courses())
        .extracting(CourseProgress::course)
        .containsExactly(begun.get(0), begun.get(1), draft, begun.get(2));
  }

  @Test
  void pages_follow_the_cursor_until_the_last_has_none() {
    LearnerDashboard first = dashboard(2, Optional.empty(), Viewer.learner(ADA));
    LearnerDashboard second = dashboard(2, first.next(), Viewer.learner(ADA));

    assertThat(first.courses())
        .extracting(CourseProgress::course)
        .containsExactly(begun.get(0), begun.get(1));
    assertThat(first.next()).contains(begun.get(1));
    assertThat(second.courses()).extracting(CourseProgress::course).containsExactly(begun.get(2));
    assertThat(second.next()).isEmpty();
  }

  @Test
  void another_learner_or_nobody_may_not_see_it_and_a_limit_is_bounded() {
    assertThatThrownBy(() -> dashboard(20, Optional.empty(), Viewer.learner(new LearnerId(8))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> dashboard(20, Optional.empty(), Viewer.anonymous()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> dashboard(101, Optional.empty(), Viewer.author()))
        .isInstanceOf(InvalidQueryException.class);
  }
}
