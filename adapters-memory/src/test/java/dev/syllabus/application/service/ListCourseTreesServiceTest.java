package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.application.port.in.InvalidQueryException;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListCourseTreesServiceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final ListCourseTreesService service =
      new ListCourseTreesService(store, CourseLimits.DEFAULT);

  private void sevenCoursesEveryOtherPublished() {
    for (int i = 0; i < 7; i++) {
      store.createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("C" + i, i % 2 == 0)));
    }
  }

  private List<String> allPages(Optional<Boolean> published, Viewer viewer) {
    List<Course> seen = new ArrayList<>();
    Optional<CourseId> after = Optional.empty();
    do {
      CourseTreePage page =
          service.listCourseTrees(new ListCourseTreesQuery(published, 2, after, viewer));
      seen.addAll(page.courses());
      after = page.next();
    } while (after.isPresent());
    return seen.stream().map(Course::title).toList();
  }

  @Test
  void following_the_cursor_visits_every_matching_course_once() {
    sevenCoursesEveryOtherPublished();

    assertThat(allPages(Optional.of(true), Viewer.author()))
        .containsExactly("C0", "C2", "C4", "C6");
    assertThat(allPages(Optional.of(false), Viewer.author())).containsExactly("C1", "C3", "C5");
    assertThat(allPages(Optional.empty(), Viewer.author())).hasSize(7);
  }

  @Test
  void for_everyone_but_authors_the_catalog_is_the_published_courses() {
    sevenCoursesEveryOtherPublished();

    assertThat(allPages(Optional.empty(), Viewer.anonymous()))
        .containsExactly("C0", "C2", "C4", "C6");
    assertThat(allPages(Optional.of(false), Viewer.anonymous())).isEmpty();
  }

  @Test
  void the_last_page_has_no_next_cursor_even_when_it_is_full() {
    store.createCourseTrees(
        List.of(
            new CourseShape(0, 0, 0).draft("A", true), new CourseShape(0, 0, 0).draft("B", true)));

    CourseTreePage page =
        service.listCourseTrees(
            new ListCourseTreesQuery(Optional.empty(), 2, Optional.empty(), Viewer.anonymous()));

    assertThat(page.courses()).hasSize(2);
    assertThat(page.next()).isEmpty();
  }

  @Test
  void a_page_size_outside_one_to_a_hundred_is_refused() {
    assertThatThrownBy(
            () -> new ListCourseTreesQuery(Optional.empty(), 0, Optional.empty(), Viewer.author()))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(
            () ->
                new ListCourseTreesQuery(Optional.empty(), 101, Optional.empty(), Viewer.author()))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("between 1 and 100");
  }

  @Test
  void a_page_heavier_than_the_budget_ends_early_and_its_cursor_leads_on_to_the_rest() {
    // 6 exercises each; a page carries 13, so two courses a page although 5 are asked for.
    ListCourseTreesService light = new ListCourseTreesService(store, new CourseLimits(1_000, 13));
    for (int i = 0; i < 5; i++) {
      store.createCourseTrees(List.of(new CourseShape(1, 2, 3).draft("C" + i, true)));
    }
    List<List<String>> pages = new ArrayList<>();
    Optional<CourseId> after = Optional.empty();
    do {
      CourseTreePage page =
          light.listCourseTrees(
              new ListCourseTreesQuery(Optional.empty(), 5, after, Viewer.anonymous()));
      pages.add(page.courses().stream().map(Course::title).toList());
      after = page.next();
    } while (after.isPresent());

    assertThat(pages).containsExactly(List.of("C0", "C1"), List.of("C2", "C3"), List.of("C4"));
  }
}
