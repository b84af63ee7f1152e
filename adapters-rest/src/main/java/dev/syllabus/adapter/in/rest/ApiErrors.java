package dev.syllabus.adapter.in.rest;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Driving adapter's responses as the OpenAPI description names them, one annotation per set that
 * operations share: swagger-core reads an {@code @ApiResponse} on an annotation of an operation (or
 * of its class) as if it were on the operation itself. Every error body is {@link
 * ValidationErrorView}.
 */
final class ApiErrors {

  private ApiErrors() {}

  /** The name of the bearer-token security scheme. */
  static final String BEARER = "bearer";

  /**
   * A read works without a token, and shows more with one; swagger-core's annotations cannot say
   * "bearer or nothing", and a security requirement would tell clients the token is needed.
   */
  static final String OPTIONAL_TOKEN =
      "The bearer token is optional here: send it as Authorization: Bearer TOKEN.";

  static final String DEPTH =
      "how far down to read and send: modules, lessons or exercises (the default); the progress"
          + " counts every exercise whatever the depth";

  static final String CACHE_CONTROL =
      "public (s-maxage with a purging cache in front) for an anonymous read; private with a token"
          + " or a learner; no-store on errors";

  static final String VARY =
      "Authorization: an answer is only ever for callers with the same token";

  static final String IF_MATCH = "the course version (ETag) the change is made against";

  /** The header a write answers with where there are read replicas, and a read sends back. */
  static final String POSITION = "Syllabus-Position";

  static final String POSITION_DESCRIPTION =
      "Where there are read replicas: the Syllabus-Position the client's latest write answered"
          + " with (a WAL position such as 0/3000148); the read then sees that write";

  /**
   * What any request may meet: bad input, a request too large for Jetty, an unavailable store, or
   * the service's own fault.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "400",
      description = "A malformed id, query parameter, header or JSON body",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @ApiResponse(
      responseCode = "414",
      description = "A URI over the server's 8 KiB, answered by Jetty",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @ApiResponse(
      responseCode = "431",
      description = "Request headers over the server's 8 KiB, answered by Jetty",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @ApiResponse(
      responseCode = "500",
      description = "The service's own fault",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @ApiResponse(
      responseCode = "503",
      description = "The store cannot answer now; Retry-After says when to try again",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface Common {}

  /** No token, or an unknown one: 401. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "401",
      description = "No bearer token, or one the service does not know",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface Unauthorized {}

  /** Not the caller's to do: 403. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "403",
      description = "The caller may not do this",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface Forbidden {}

  /** Nothing there that the caller may see: 404. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "404",
      description = "No such course, module, lesson or exercise, or one the caller may not see",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface NotFound {}

  /** A concurrent change or a key in use: 409. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "409",
      description =
          "A concurrent change, or an Idempotency-Key whose first request is still running",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface Conflict {}

  /** An If-Match that is out of date: 412. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "412",
      description = "If-Match names an older version; the ETag is the current one",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface VersionMismatch {}

  /** A body over the limit: 413. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "413",
      description = "The body is larger than api.maxRequestBody",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface TooLarge {}

  /** A body that breaks the rules: 422. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "422",
      description = "A well-formed body that breaks the rules: errors names each field",
      content = @Content(schema = @Schema(implementation = ValidationErrorView.class)))
  @interface Unprocessable {}

  /**
   * A change to a course or a node: its success (the errors it may meet are listed beside it, as
   * swagger-core reads an @ApiResponse only one annotation deep).
   */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "200",
      description = "Changed: the course's new version, and the node if one changed",
      headers = @Header(name = "ETag", description = "the course's new version"),
      content = @Content(schema = @Schema(implementation = ChangeView.class)))
  @interface Changed {}

  /** An addition to a course: its success (the errors are listed beside it, as for Changed). */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "201",
      description = "Added: the course's new version and the new node",
      headers = @Header(name = "ETag", description = "the course's new version"),
      content = @Content(schema = @Schema(implementation = ChangeView.class)))
  @interface Added {}
}
