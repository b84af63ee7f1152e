package dev.syllabus.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.domain.course.CourseDraft;
import java.io.UncheckedIOException;
import java.util.Map;

/** The import body of a draft, as an author would write it: the read side's shape, no ids. */
final class CourseJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CourseJson() {}

  static String of(CourseDraft draft) {
    return write(
        Map.of(
            "title", draft.title(),
            "published", draft.published(),
            "modules",
                draft.modules().stream()
                    .map(
                        module ->
                            Map.of(
                                "title", module.title(),
                                "lessons",
                                    module.lessons().stream()
                                        .map(
                                            lesson ->
                                                Map.of(
                                                    "title", lesson.title(),
                                                    "exercises",
                                                        lesson.exercises().stream()
                                                            .map(
                                                                e ->
                                                                    Map.of(
                                                                        "type",
                                                                        e.type().code(),
                                                                        "title",
                                                                        e.title()))
                                                            .toList()))
                                        .toList()))
                    .toList()));
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
