package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CourseLimitsTest {

  private static final CourseLimits LIMITS = new CourseLimits(100, 50);

  private static CourseSize exercises(long count) {
    return new CourseSize(count, count);
  }

  @Test
  void a_course_may_have_exactly_as_many_nodes_as_the_limit() {
    assertThat(LIMITS.problemWith(new CourseSize(100, 80))).isEmpty();
  }

  @Test
  void one_node_more_is_refused_naming_the_limit_and_the_size() {
    assertThat(LIMITS.problemWith(new CourseSize(101, 0)))
        .hasValue(
            "would have 101 nodes (modules, lessons and exercises), more than the 100 a course"
                + " may have");
  }

  @Test
  void the_defaults_hold_the_largest_benchmark_shape() {
    CourseSize fiftyByFortyByFifty = new CourseSize(50 + 50 * 40 + 50 * 40 * 50, 100_000);

    assertThat(CourseLimits.DEFAULT.problemWith(fiftyByFortyByFifty)).isEmpty();
    assertThat(CourseLimits.DEFAULT.coursesOnPage(List.of(fiftyByFortyByFifty, exercises(10_001))))
        .isEqualTo(1);
  }

  @Test
  void a_page_carries_courses_while_their_exercises_fit_the_budget_together() {
    assertThat(LIMITS.coursesOnPage(List.of(exercises(20), exercises(30), exercises(1))))
        .isEqualTo(2);
    assertThat(LIMITS.coursesOnPage(List.of(exercises(10), exercises(10), exercises(10))))
        .isEqualTo(3);
  }

  @Test
  void the_first_course_is_always_on_the_page_however_heavy() {
    assertThat(LIMITS.coursesOnPage(List.of(exercises(70), exercises(1)))).isEqualTo(1);
  }

  @Test
  void a_page_stops_at_the_first_course_that_does_not_fit_rather_than_skip_it() {
    assertThat(LIMITS.coursesOnPage(List.of(exercises(10), exercises(45), exercises(1))))
        .isEqualTo(1);
  }

  @Test
  void no_courses_make_an_empty_page() {
    assertThat(LIMITS.coursesOnPage(List.of())).isZero();
  }

  @Test
  void limits_are_positive() {
    assertThatThrownBy(() -> new CourseLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CourseLimits(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
