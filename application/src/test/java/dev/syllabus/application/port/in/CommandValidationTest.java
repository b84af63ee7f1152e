package dev.syllabus.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.syllabus.application.port.in.InvalidCommandException.Violation;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Commands refuse to exist when they break a rule, and name every broken rule at once. */
class CommandValidationTest {

  private static List<String> fields(Runnable construction) {
    return catchThrowableOfType(InvalidCommandException.class, construction::run)
        .violations()
        .stream()
        .map(Violation::field)
        .toList();
  }

  @Test
  void an_exercise_needs_a_known_type_and_a_module_none() {
    assertThat(
            fields(
                () ->
                    new AddChildCommand(
                        new LessonId(1),
                        "E",
                        Optional.empty(),
                        OptionalInt.empty(),
                        ExpectedVersion.any())))
        .containsExactly("type");
    assertThat(
            fields(
                () ->
                    new AddChildCommand(
                        new CourseId(1),
                        "M",
                        Optional.of("video"),
                        OptionalInt.empty(),
                        ExpectedVersion.any())))
        .containsExactly("type");
    assertThat(
            new AddChildCommand(
                    new LessonId(1),
                    "E",
                    Optional.of("text"),
                    OptionalInt.of(2),
                    ExpectedVersion.any())
                .exerciseType())
        .contains(ExerciseType.TEXT);
  }

  @Test
  void every_broken_rule_of_a_change_is_named() {
    assertThat(
            fields(
                () ->
                    new EditChildCommand(
                        new ModuleId(1),
                        Optional.of(""),
                        Optional.of("video"),
                        Optional.of(new LessonId(2)),
                        OptionalInt.of(0),
                        ExpectedVersion.any())))
        .containsExactly("title", "type", "parent", "position");
  }

  @Test
  void a_change_must_change_something() {
    assertThat(
            fields(
                () ->
                    new EditChildCommand(
                        new ExerciseId(1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        ExpectedVersion.any())))
        .containsExactly("title");
    assertThat(
            fields(
                () ->
                    new EditCourseCommand(
                        new CourseId(1),
                        Optional.empty(),
                        Optional.empty(),
                        ExpectedVersion.any())))
        .containsExactly("title");
  }

  @Test
  void an_exercise_moves_only_under_a_lesson() {
    assertThat(
            fields(
                () ->
                    new EditChildCommand(
                        new ExerciseId(1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new ModuleId(3)),
                        OptionalInt.empty(),
                        ExpectedVersion.any())))
        .containsExactly("parent");
  }
}
