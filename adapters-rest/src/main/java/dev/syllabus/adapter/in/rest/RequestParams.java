package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.LearnerId;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import java.util.Locale;
import java.util.Optional;

/**
 * Driving adapter: reads the raw path and query strings of a request, answering 400 for malformed
 * ones. Parsing here, not in Jersey, is the point: Jersey answers 404 when it cannot convert a path
 * or query param to a {@code long} or an {@code int}.
 */
final class RequestParams {

  private RequestParams() {}

  static long positiveLong(String name, String raw) {
    try {
      long value = Long.parseLong(raw);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // Answered below, like a number that is not positive.
    }
    throw badRequest(name + " must be a positive whole number, was '" + raw + "'");
  }

  static Optional<Long> optionalPositiveLong(String name, String raw) {
    return raw == null ? Optional.empty() : Optional.of(positiveLong(name, raw));
  }

  static Optional<Boolean> optionalBoolean(String name, String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    if (raw.equals("true") || raw.equals("false")) {
      return Optional.of(Boolean.valueOf(raw));
    }
    throw badRequest(name + " must be true or false, was '" + raw + "'");
  }

  static int intOrDefault(String name, String raw, int fallback) {
    if (raw == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException notANumber) {
      throw badRequest(name + " must be a whole number, was '" + raw + "'");
    }
  }

  /**
   * The learner whose progress a read adds, if any. Progress is private: asked for without a token,
   * it is a 401 before anything else; whether this caller may see it is the use case's.
   */
  static Optional<LearnerId> progressOf(String raw, Optional<Caller> caller) {
    Optional<LearnerId> learner = optionalPositiveLong("learner", raw).map(LearnerId::new);
    if (learner.isPresent() && caller.isEmpty()) {
      throw JsonErrors.unauthorized("Progress is private: a bearer token is required");
    }
    return learner;
  }

  /** How far down a tree read goes: all the way unless told otherwise. */
  static TreeDepth depth(String raw) {
    if (raw == null) {
      return TreeDepth.EXERCISES;
    }
    for (TreeDepth depth : TreeDepth.values()) {
      if (depth.name().toLowerCase(Locale.ROOT).equals(raw)) {
        return depth;
      }
    }
    throw badRequest("depth must be one of modules, lessons, exercises, was '" + raw + "'");
  }

  /** Carries its JSON body, so Jersey sends it as it is, without any exception mapper. */
  static WebApplicationException badRequest(String message) {
    return new WebApplicationException(JsonErrors.response(Status.BAD_REQUEST, message));
  }
}
