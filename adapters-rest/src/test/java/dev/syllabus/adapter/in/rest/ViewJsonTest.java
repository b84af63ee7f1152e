package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Jackson writes the views: progress fields only if a learner was asked, titles escaped. */
class ViewJsonTest {

  private static final ObjectMapper JSON = Jackson.newObjectMapper();

  private static CourseView course(Integer completedExercises, Boolean first, Boolean second) {
    return new CourseView(
        1,
        "Ports",
        true,
        null,
        null,
        List.of(
            new ModuleView(
                20,
                "Driving",
                1,
                null,
                null,
                List.of(
                    new LessonView(
                        300,
                        "Resources",
                        2,
                        completedExercises,
                        completedExercises == null ? null : 2,
                        List.of(
                            new ExerciseView(4000, "video", "Watch", 1, first),
                            new ExerciseView(4001, "text", "Write", 2, second)))))));
  }

  @Test
  void a_tree_without_progress_has_no_completion_fields() throws Exception {
    assertThat(JSON.writeValueAsString(course(null, null, null)))
        .isEqualTo(
            "{\"id\":1,\"title\":\"Ports\",\"published\":true,\"modules\":[{\"id\":20,\"title\":"
                + "\"Driving\",\"position\":1,\"lessons\":[{\"id\":300,\"title\":\"Resources\","
                + "\"position\":2,\"exercises\":[{\"id\":4000,\"type\":\"video\",\"title\":\"Watch\","
                + "\"position\":1},{\"id\":4001,\"type\":\"text\",\"title\":\"Write\","
                + "\"position\":2}]}]}]}");
  }

  @Test
  void a_tree_with_progress_counts_per_lesson_and_marks_each_exercise() throws Exception {
    assertThat(JSON.writeValueAsString(course(1, false, true)))
        .isEqualTo(
            "{\"id\":1,\"title\":\"Ports\",\"published\":true,\"modules\":[{\"id\":20,\"title\":"
                + "\"Driving\",\"position\":1,\"lessons\":[{\"id\":300,\"title\":\"Resources\","
                + "\"position\":2,\"completedExercises\":1,\"totalExercises\":2,\"exercises\":[{\"id\":4000,\"type\":"
                + "\"video\",\"title\":\"Watch\",\"position\":1,\"completed\":false},{\"id\":4001,"
                + "\"type\":\"text\",\"title\":\"Write\",\"position\":2,\"completed\":true}]}]}]}");
  }

  @Test
  void an_exercise_or_lesson_written_on_its_own_also_leaves_out_progress_nobody_asked_for()
      throws Exception {
    ExerciseView exercise = new ExerciseView(4000, "video", "Watch", 1, null);

    assertThat(JSON.writeValueAsString(exercise)).doesNotContain("completed");
    assertThat(JSON.writeValueAsString(new LessonView(300, "Resources", 2, null, null, List.of())))
        .doesNotContain("completed");
  }

  @Test
  void titles_are_escaped_as_json_strings() throws Exception {
    String title = "Say \"hi\" \\ tab\there, line\nend, é, 😀, \u0001";
    CourseView course = new CourseView(1, title, false, null, null, List.of());

    String json = JSON.writeValueAsString(course);

    assertThat(JSON.readTree(json).get("title").asText()).isEqualTo(title);
    assertThat(json)
        .contains("\"title\":\"Say \\\"hi\\\" \\\\ tab\\there, line\\nend, é, 😀, \\u0001\"");
  }

  @Test
  void a_page_writes_its_next_cursor_and_null_on_the_last_page() throws Exception {
    CourseView empty = new CourseView(1, "Ports", true, null, null, List.of());
    String emptyJson = "{\"id\":1,\"title\":\"Ports\",\"published\":true,\"modules\":[]}";

    assertThat(JSON.writeValueAsString(new CourseTreePageView(List.of(empty), "Yzox")))
        .isEqualTo("{\"courses\":[" + emptyJson + "],\"next\":\"Yzox\"}");
    assertThat(JSON.writeValueAsString(new CourseTreePageView(List.of(), null)))
        .isEqualTo("{\"courses\":[],\"next\":null}");
  }
}
