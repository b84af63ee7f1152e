package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.CourseId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Driving adapter's opaque page cursor: the last course id of a page as base64url of {@code
 * c:<id>}, so clients pass it back rather than build it, and what it holds can change.
 */
final class PageCursor {

  private static final String PREFIX = "c:";

  private PageCursor() {}

  static String encode(CourseId last) {
    byte[] text = (PREFIX + last.value()).getBytes(StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
  }

  /** The course id inside the cursor; anything this adapter did not write answers 400. */
  static CourseId decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (text.startsWith(PREFIX)) {
        return new CourseId(Long.parseLong(text.substring(PREFIX.length())));
      }
    } catch (IllegalArgumentException notOurs) {
      // Not base64, not a number, or not a course id: answered like any other foreign cursor.
    }
    throw RequestParams.badRequest("after must be the next cursor of a previous page");
  }
}
