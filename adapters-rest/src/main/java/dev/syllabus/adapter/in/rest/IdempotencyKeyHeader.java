package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.idempotency.IdempotencyKey;
import java.util.List;
import java.util.Optional;

/**
 * Driving adapter: reads the {@code Idempotency-Key} header as the IETF httpapi draft defines it, a
 * structured-field string ({@code Idempotency-Key: "8e03978e-40d5"}, RFC 8941), scoped to the
 * caller who sent it. Anything else answers 400.
 */
final class IdempotencyKeyHeader {

  static final String NAME = "Idempotency-Key";

  private IdempotencyKeyHeader() {}

  /** The caller's key, if the request has the header. */
  static Optional<IdempotencyKey> of(List<String> values, Caller caller) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    if (values.size() > 1) {
      throw JsonErrors.badRequest(
          NAME + " must be sent once, was sent " + values.size() + " times");
    }
    String value = unquoted(values.get(0).strip());
    try {
      return Optional.of(new IdempotencyKey(caller.name(), value));
    } catch (IllegalArgumentException e) {
      throw JsonErrors.badRequest(e.getMessage());
    }
  }

  /** The content of a structured-field string: {@code \"} and {@code \\} are its only escapes. */
  private static String unquoted(String header) {
    if (header.length() < 2
        || header.charAt(0) != '"'
        || header.charAt(header.length() - 1) != '"') {
      throw malformed("must be a quoted string such as \"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
    }
    StringBuilder value = new StringBuilder(header.length());
    for (int i = 1; i < header.length() - 1; i++) {
      char c = header.charAt(i);
      if (c == '\\') {
        char escaped = ++i < header.length() - 1 ? header.charAt(i) : 0;
        if (escaped != '"' && escaped != '\\') {
          throw malformed("may escape only \" and \\ with a backslash");
        }
        value.append(escaped);
      } else if (c == '"') {
        throw malformed("must be one quoted string, with \" inside escaped as \\\"");
      } else {
        value.append(c);
      }
    }
    return value.toString();
  }

  private static RuntimeException malformed(String rule) {
    return JsonErrors.badRequest(NAME + " " + rule);
  }
}
