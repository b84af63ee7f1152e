package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.ApiResponseAssert.assertThat;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code persistence.exercisesPerFetch} bounds the raw rows held at once; the batches are round
 * trips of one statement, so the tree and the statement count are those of one fetch.
 */
class ExercisesFetchedInBatchesApiTest {

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with("persistence.exercisesPerFetch=7", "demo.seedWhenEmpty=false");

  @Test
  void a_5000_exercise_course_fetched_7_rows_at_a_time_still_costs_4_statements() {
    long id =
        new JdbiCourseTreeWriter(SYLLABUS.jdbi())
            .createCourseTrees(List.of(new CourseShape(10, 50, 10).draft("Medium", true)))
            .get(0)
            .value();

    HttpResponse<String> response = SYLLABUS.get("/courses/" + id);

    assertThat(response).hasStatus(200).ranStatements(4);
    List<Integer> positions = new ArrayList<>();
    int exercises = 0;
    for (JsonNode module : json(response).get("modules")) {
      for (JsonNode lesson : module.get("lessons")) {
        exercises += lesson.get("exercises").size();
      }
    }
    json(response)
        .get("modules")
        .get(9)
        .get("lessons")
        .get(49)
        .get("exercises")
        .forEach(exercise -> positions.add(exercise.get("position").asInt()));
    assertThat(exercises).isEqualTo(5_000);
    assertThat(positions).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }
}
