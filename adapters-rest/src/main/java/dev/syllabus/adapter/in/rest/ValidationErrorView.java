package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Driving adapter's 422 body: Dropwizard's {@code code} and {@code message}, and each field. In the
 * API description it is every error's shape, {@code errors} being there only for broken rules.
 */
@Schema(name = "Error", description = "Every error: its status, a message, and for 422 each field")
record ValidationErrorView(
    @Schema(requiredMode = REQUIRED, description = "the HTTP status") int code,
    @Schema(requiredMode = REQUIRED) String message,
    @Schema(description = "each broken rule, for 422 only") List<FieldError> errors) {

  /** One broken rule: the field by its JSON path, such as {@code modules[0].title}, and how. */
  @Schema(name = "FieldError")
  record FieldError(
      @Schema(requiredMode = REQUIRED, example = "modules[0].title") String field,
      @Schema(requiredMode = REQUIRED) String message) {}
}
