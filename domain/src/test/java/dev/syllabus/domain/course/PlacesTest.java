package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Where a node goes and which siblings move: the rules every store applies and none decides. */
class PlacesTest {

  private static final CourseId COURSE = new CourseId(1);
  private static final LessonId LESSON = new LessonId(10);
  private static final LessonId OTHER_LESSON = new LessonId(11);
  private static final ExerciseId EXERCISE = new ExerciseId(100);

  private static NodePlace exerciseAt(int position) {
    return new NodePlace(EXERCISE, COURSE, LESSON, position);
  }

  @Test
  void a_new_child_goes_last_unless_told_where_and_the_later_siblings_make_room() {
    Siblings three = new Siblings(LESSON, 3);

    assertThat(three.insert(OptionalInt.empty())).isEqualTo(new Insertion(LESSON, 4));
    Insertion second = three.insert(OptionalInt.of(2));
    assertThat(second.opening()).isEqualTo(new Shift(LESSON, 2, Shift.END, 1));
    assertThat(new Siblings(LESSON, 0).insert(OptionalInt.empty()).position()).isEqualTo(1);
  }

  @Test
  void a_new_child_can_go_one_past_the_last_and_no_further() {
    Siblings three = new Siblings(LESSON, 3);

    assertThat(three.insert(OptionalInt.of(4)).position()).isEqualTo(4);
    assertThatThrownBy(() -> three.insert(OptionalInt.of(5)))
        .isInstanceOf(CourseRuleException.class)
        .hasMessage("position must be between 1 and 4, was 5")
        .extracting(e -> ((CourseRuleException) e).subject())
        .isEqualTo("position");
    assertThatThrownBy(() -> three.insert(OptionalInt.of(0)))
        .isInstanceOf(CourseRuleException.class);
  }

  @Test
  void moving_down_among_siblings_moves_those_passed_up_one() {
    Move move = exerciseAt(2).moveTo(new Siblings(LESSON, 5), OptionalInt.of(4));

    assertThat(move).isEqualTo(new Move.Reordering(exerciseAt(2), 4));
    assertThat(((Move.Reordering) move).passed()).isEqualTo(new Shift(LESSON, 3, 4, -1));
  }

  @Test
  void moving_up_among_siblings_moves_those_passed_down_one() {
    Move.Reordering move =
        (Move.Reordering) exerciseAt(4).moveTo(new Siblings(LESSON, 5), OptionalInt.of(1));

    assertThat(move.passed()).isEqualTo(new Shift(LESSON, 1, 3, 1));
  }

  @Test
  void among_its_own_siblings_a_node_can_go_no_further_than_the_last_place() {
    assertThatThrownBy(() -> exerciseAt(2).moveTo(new Siblings(LESSON, 5), OptionalInt.of(6)))
        .isInstanceOf(CourseRuleException.class)
        .hasMessage("position must be between 1 and 5, was 6");
  }

  @Test
  void a_move_to_its_own_place_or_without_a_position_changes_nothing() {
    Siblings five = new Siblings(LESSON, 5);

    assertThat(exerciseAt(3).moveTo(five, OptionalInt.of(3))).isInstanceOf(Move.Stay.class);
    assertThat(exerciseAt(3).moveTo(five, OptionalInt.empty())).isInstanceOf(Move.Stay.class);
  }

  @Test
  void under_another_parent_a_node_goes_last_unless_told_and_closes_its_old_gap() {
    Move.Transfer move =
        (Move.Transfer) exerciseAt(2).moveTo(new Siblings(OTHER_LESSON, 3), OptionalInt.empty());

    assertThat(move.to()).isEqualTo(new Insertion(OTHER_LESSON, 4));
    assertThat(move.from().closing()).isEqualTo(new Shift(LESSON, 3, Shift.END, -1));
    assertThat(
            ((Move.Transfer) exerciseAt(2).moveTo(new Siblings(OTHER_LESSON, 3), OptionalInt.of(1)))
                .to()
                .opening())
        .isEqualTo(new Shift(OTHER_LESSON, 1, Shift.END, 1));
  }

  @Test
  void a_node_goes_only_under_a_parent_of_its_kind() {
    assertThatThrownBy(
            () -> exerciseAt(1).moveTo(new Siblings(new ModuleId(5), 2), OptionalInt.empty()))
        .isInstanceOf(CourseRuleException.class)
        .hasMessage("parent is a module, which cannot hold the exercise");
  }

  @Test
  void a_shift_moves_only_the_positions_in_its_range() {
    Shift passed = new Shift(LESSON, 3, 4, -1);

    assertThat(passed.apply(2)).isEqualTo(2);
    assertThat(passed.apply(3)).isEqualTo(2);
    assertThat(passed.apply(4)).isEqualTo(3);
    assertThat(passed.apply(5)).isEqualTo(5);
    assertThat(new Shift(LESSON, 3, 2, 1).isEmpty()).isTrue();
  }
}
