package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseLimits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped body limit and node limit agree: the import of a course at the node limit fits in a
 * body, and one a quarter larger is refused as a body already, before it is parsed.
 */
class ShippedLimitsTest {

  private static final SyllabusConfiguration SHIPPED = ShippedConfig.withEnvironment(Map.of());

  /** The import body of a course of that many nodes, titled as the generator titles them. */
  private static long importBytes(long nodes) {
    CourseShape oneLesson = new CourseShape(1, 1, Math.toIntExact(nodes - 2));
    return CourseJson.of(oneLesson.draft("Largest", true)).getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void the_shipped_limits_are_the_defaults() {
    assertThat(SHIPPED.getLimits().courseLimits()).isEqualTo(CourseLimits.DEFAULT);
  }

  @Test
  void a_course_at_the_node_limit_fits_in_a_request_body_and_one_a_quarter_larger_does_not() {
    long maxNodes = SHIPPED.getLimits().getMaxNodesPerCourse();
    long maxBody = SHIPPED.getApi().getMaxRequestBody().toBytes();

    assertThat(importBytes(maxNodes)).isLessThanOrEqualTo(maxBody);
    assertThat(importBytes(maxNodes + maxNodes / 4)).isGreaterThan(maxBody);
  }
}
