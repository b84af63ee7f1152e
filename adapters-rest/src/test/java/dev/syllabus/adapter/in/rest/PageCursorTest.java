package dev.syllabus.adapter.in.rest;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.syllabus.domain.course.CourseId;
import io.dropwizard.jersey.errors.ErrorMessage;
import jakarta.ws.rs.WebApplicationException;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageCursorTest {

  @Test
  void a_cursor_is_the_last_course_id_as_unpadded_base64url() {
    assertThat(PageCursor.encode(new CourseId(123))).isEqualTo("YzoxMjM");
  }

  @Test
  void a_cursor_decodes_to_the_course_id_it_was_made_from() {
    for (long id : new long[] {1, 123, Long.MAX_VALUE}) {
      assertThat(PageCursor.decode(PageCursor.encode(new CourseId(id))))
          .isEqualTo(new CourseId(id));
    }
  }

  static Stream<String> foreignCursors() {
    Stream<String> notBase64 = Stream.of("", "!!!", "c:12");
    Stream<String> notOurText =
        Stream.of("x:12", "c:", "c:0", "c:-12", "c:12x", "c:12.0", "c:99999999999999999999")
            .map(PageCursorTest::base64url);
    return Stream.concat(notBase64, notOurText);
  }

  @ParameterizedTest
  @MethodSource("foreignCursors")
  void a_cursor_this_adapter_did_not_write_answers_400(String cursor) {
    WebApplicationException refused =
        catchThrowableOfType(WebApplicationException.class, () -> PageCursor.decode(cursor));

    assertThat(refused).isNotNull();
    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getEntity())
        .isInstanceOfSatisfying(
            ErrorMessage.class,
            error -> assertThat(error.getMessage()).startsWith("after must be the next cursor"));
  }

  private static String base64url(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(US_ASCII));
  }
}
