package dev.syllabus.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseListTest {

  private static final List<Exercise> EXERCISES =
      List.of(
          new Exercise(new ExerciseId(7), ExerciseType.VIDEO, "Watch: the box model", 1),
          new Exercise(new ExerciseId(3), ExerciseType.MULTIPLE_CHOICE, "Q", 2),
          new Exercise(new ExerciseId(9), ExerciseType.FILL_IN_BLANK, "Ergänze: <div> … </div>", 4),
          new Exercise(new ExerciseId(1), ExerciseType.TEXT, "Schreib 😀 ein Gedicht", 9));

  private static ExerciseList built(List<Exercise> exercises) {
    return built(ExerciseList.builder(), exercises);
  }

  private static ExerciseList built(ExerciseList.Builder builder, List<Exercise> exercises) {
    exercises.forEach(builder::add);
    return builder.build();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void gives_back_the_exercises_put_in_field_for_field_in_order(boolean compact) {
    ExerciseList packed =
        built(compact ? ExerciseList.compactBuilder() : ExerciseList.builder(), EXERCISES);

    assertThat(packed).hasSize(4);
    for (int i = 0; i < EXERCISES.size(); i++) {
      assertThat(packed.get(i)).isEqualTo(EXERCISES.get(i));
    }
    assertThat(packed).containsExactlyElementsOf(EXERCISES);
    assertThatThrownBy(() -> packed.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void reads_each_field_alone_as_the_exercise_has_it(boolean compact) {
    ExerciseList packed =
        built(compact ? ExerciseList.compactBuilder() : ExerciseList.builder(), EXERCISES);

    for (int i = 0; i < EXERCISES.size(); i++) {
      Exercise exercise = EXERCISES.get(i);
      assertThat(packed.idAt(i)).isEqualTo(exercise.id().value());
      assertThat(packed.typeAt(i)).isEqualTo(exercise.type());
      assertThat(packed.titleAt(i)).isEqualTo(exercise.title());
      assertThat(packed.positionAt(i)).isEqualTo(exercise.position());
    }
    for (int outside : new int[] {-1, 4}) {
      assertThatThrownBy(() -> packed.idAt(outside)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> packed.typeAt(outside))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> packed.titleAt(outside))
          .isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> packed.positionAt(outside))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  @Test
  void of_keeps_a_packed_list_as_it_is_and_packs_any_other_in_order() {
    ExerciseList packed = built(EXERCISES);

    assertThat(ExerciseList.of(packed)).isSameAs(packed);
    assertThat(ExerciseList.of(List.of(EXERCISES.get(2), EXERCISES.get(0))))
        .containsExactly(EXERCISES.get(0), EXERCISES.get(2));
  }

  @Test
  void checks_the_fields_it_is_given_as_an_exercise_would() {
    ExerciseList.Builder builder = ExerciseList.builder();

    assertThatThrownBy(() -> builder.add(1, ExerciseType.TEXT, "fine", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position");
    assertThatThrownBy(() -> builder.add(1, null, "fine", 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.add(1, ExerciseType.TEXT, " ", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.add(1, ExerciseType.TEXT, "fine", 1).build())
        .containsExactly(new Exercise(new ExerciseId(1), ExerciseType.TEXT, "fine", 1));
  }

  @Test
  void nothing_is_added_once_built() {
    ExerciseList.Builder builder = ExerciseList.builder().add(EXERCISES.get(0));
    ExerciseList packed = builder.build();

    assertThatThrownBy(() -> builder.add(EXERCISES.get(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(packed).hasSize(1);
  }

  @Test
  void equals_any_list_of_the_same_exercises_and_hashes_as_it_does() {
    ExerciseList packed = built(EXERCISES);

    assertThat(packed).isEqualTo(EXERCISES);
    assertThat(EXERCISES).isEqualTo(packed);
    assertThat(packed.hashCode()).isEqualTo(EXERCISES.hashCode());
    assertThat(packed).isNotEqualTo(EXERCISES.subList(0, 3));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void grows_past_its_first_capacity(boolean compact) {
    ExerciseList.Builder builder = compact ? ExerciseList.compactBuilder() : ExerciseList.builder();
    for (int i = 1; i <= 1000; i++) {
      builder.add(new Exercise(new ExerciseId(i), ExerciseType.TEXT, "Exercise " + i, i));
    }

    ExerciseList packed = builder.build();

    assertThat(packed).hasSize(1000);
    assertThat(packed.get(0).title()).isEqualTo("Exercise 1");
    assertThat(packed.get(999))
        .isEqualTo(new Exercise(new ExerciseId(1000), ExerciseType.TEXT, "Exercise 1000", 1000));
  }

  @Test
  void sorts_by_position_what_came_out_of_order() {
    ExerciseList packed = built(List.of(EXERCISES.get(2), EXERCISES.get(0), EXERCISES.get(3)));

    assertThat(packed).extracting(Exercise::position).containsExactly(1, 4, 9);
  }

  @Test
  void refuses_two_exercises_at_one_position() {
    Exercise twin = new Exercise(new ExerciseId(8), ExerciseType.TEXT, "twin", 2);

    assertThatThrownBy(() -> built(List.of(EXERCISES.get(1), twin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique within a lesson");
  }

  @Test
  void an_empty_builder_gives_an_empty_list() {
    assertThat(ExerciseList.builder().build()).isEqualTo(List.of()).hasSize(0);
  }

  @Test
  void cannot_be_changed() {
    ExerciseList packed = built(EXERCISES);

    assertThatThrownBy(() -> packed.add(EXERCISES.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.set(0, EXERCISES.get(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> packed.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_lesson_keeps_a_packed_list_as_it_is_and_packs_any_other() {
    ExerciseList packed = built(EXERCISES);

    assertThat(new Lesson(new LessonId(1), "L", 1, packed).exercises()).isSameAs(packed);
    assertThat(new Lesson(new LessonId(1), "L", 1, EXERCISES).exercises())
        .isInstanceOf(ExerciseList.class)
        .isEqualTo(EXERCISES);
  }
}
