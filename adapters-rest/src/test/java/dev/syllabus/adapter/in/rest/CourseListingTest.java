package dev.syllabus.adapter.in.rest;

import static dev.syllabus.adapter.in.rest.RestFixture.fieldNames;
import static dev.syllabus.adapter.in.rest.RestFixture.integer;
import static dev.syllabus.adapter.in.rest.RestFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CourseListingTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final ResourceExtension resources = RestFixture.courseResourceOver(store);

  @Test
  void following_next_until_null_visits_every_published_course_once_in_id_order() {
    Map<Long, Boolean> courses = createAlternately(7);

    assertThat(idsFollowingNext("true", 2)).containsExactlyElementsOf(having(courses, true));
  }

  @Test
  void following_next_until_null_visits_every_unpublished_course_once_in_id_order() {
    Map<Long, Boolean> courses = createAlternately(7);

    assertThat(idsFollowingNext("false", 2)).containsExactlyElementsOf(having(courses, false));
  }

  @Test
  void without_a_published_filter_every_course_is_listed_once_in_id_order() {
    Map<Long, Boolean> courses = createAlternately(7);

    assertThat(idsFollowingNext(null, 3)).containsExactlyElementsOf(courses.keySet());
  }

  @Test
  void a_page_holds_its_courses_then_next_which_is_null_on_the_last_page() {
    createAlternately(3);

    JsonNode first = page(resources.target("/courses").queryParam("limit", 2));
    JsonNode last =
        page(resources.target("/courses").queryParam("after", first.get("next").asText()));

    assertThat(fieldNames(first)).containsExactly("courses", "next");
    assertThat(first.get("next").isTextual()).isTrue();
    assertThat(fieldNames(last)).containsExactly("courses", "next");
    assertThat(last.get("next").isNull()).isTrue();
    assertThat(last.get("courses")).hasSize(1);
  }

  @Test
  void listed_courses_are_whole_trees_without_progress() {
    store.createCourseTrees(List.of(new CourseShape(1, 1, 2).draft("C", true)));

    JsonNode lesson = page(resources.target("/courses")).at("/courses/0/modules/0/lessons/0");

    assertThat(fieldNames(lesson)).containsExactly("id", "title", "position", "exercises");
    assertThat(fieldNames(lesson.get("exercises").get(1)))
        .containsExactly("id", "type", "title", "position");
  }

  @Test
  void without_a_limit_a_page_holds_the_use_cases_default_number_of_courses() {
    int courses = ListCourseTreesQuery.DEFAULT_LIMIT + 1;
    for (int i = 0; i < courses; i++) {
      store.createCourseTrees(List.of(new CourseShape(0, 0, 0).draft("C" + i, true)));
    }

    JsonNode first = page(resources.target("/courses"));

    assertThat(first.get("courses")).hasSize(ListCourseTreesQuery.DEFAULT_LIMIT);
    assertThat(first.get("next").isTextual()).isTrue();
  }

  /** Creates courses, every second one unpublished; answers each id with its publication. */
  private Map<Long, Boolean> createAlternately(int count) {
    Map<Long, Boolean> courses = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      boolean published = i % 2 == 0;
      CourseId id =
          store
              .createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("C" + i, published)))
              .get(0);
      courses.put(id.value(), published);
    }
    return courses;
  }

  private static List<Long> having(Map<Long, Boolean> courses, boolean published) {
    return courses.entrySet().stream()
        .filter(course -> course.getValue() == published)
        .map(Map.Entry::getKey)
        .toList();
  }

  private List<Long> idsFollowingNext(String published, int limit) {
    List<Long> seen = new ArrayList<>();
    String next = null;
    do {
      WebTarget target = resources.target("/courses").queryParam("limit", limit);
      if (published != null) {
        target = target.queryParam("published", published);
      }
      if (next != null) {
        target = target.queryParam("after", next);
      }
      JsonNode page = page(target);
      assertThat(page.get("courses").size()).isBetween(1, limit);
      page.get("courses").forEach(course -> seen.add(integer(course.get("id"))));
      next = page.get("next").isNull() ? null : page.get("next").asText();
    } while (next != null);
    return seen;
  }

  /** As an author, who sees the unpublished courses too. */
  private static JsonNode page(WebTarget target) {
    Response response =
        target.request().header("Authorization", "Bearer " + RestFixture.AUTHOR_TOKEN).get();
    assertThat(response.getStatus()).isEqualTo(200);
    return json(response);
  }
}
