package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.syllabus.adapter.in.rest.CourseTreeRequest.ExerciseRequest;
import dev.syllabus.adapter.in.rest.CourseTreeRequest.LessonRequest;
import dev.syllabus.adapter.in.rest.CourseTreeRequest.ModuleRequest;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.InvalidCommandException.Violation;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.ExerciseType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseTreeRequestTest {

  @Test
  void a_valid_request_becomes_the_draft_it_describes() {
    CourseDraft draft =
        new CourseTreeRequest(
                "C",
                true,
                List.of(
                    new ModuleRequest(
                        "M",
                        List.of(
                            new LessonRequest(
                                "L", List.of(new ExerciseRequest("fill-in-blank", "E")))))))
            .toDraft();

    assertThat(draft.published()).isTrue();
    assertThat(draft.modules().get(0).lessons().get(0).exercises().get(0).type())
        .isEqualTo(ExerciseType.FILL_IN_BLANK);
  }

  @Test
  void every_broken_rule_is_named_by_its_json_path() {
    CourseTreeRequest request =
        new CourseTreeRequest(
            " ",
            null,
            List.of(
                new ModuleRequest("M", null),
                new ModuleRequest(
                    "x".repeat(256),
                    List.of(
                        new LessonRequest(
                            null,
                            List.of(
                                new ExerciseRequest("essay", "E"),
                                new ExerciseRequest(null, "F")))))));

    InvalidCommandException invalid =
        catchThrowableOfType(InvalidCommandException.class, request::toDraft);

    assertThat(invalid.violations())
        .extracting(Violation::field)
        .containsExactly(
            "title",
            "modules[1].title",
            "modules[1].lessons[0].title",
            "modules[1].lessons[0].exercises[0].type",
            "modules[1].lessons[0].exercises[1].type");
    assertThat(invalid.violations().get(3).message())
        .isEqualTo("must be one of video, multiple-choice, fill-in-blank, text, was 'essay'");
  }
}
