package dev.syllabus.adapter.in.rest;

import java.util.List;

/** Driving adapter's 422 body: Dropwizard's {@code code} and {@code message}, and each field. */
record ValidationErrorView(int code, String message, List<FieldError> errors) {

  /** One broken rule: the field by its JSON path, such as {@code modules[0].title}, and how. */
  record FieldError(String field, String message) {}
}
