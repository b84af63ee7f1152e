package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for one course tree, modules first. */
record CourseView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) boolean published,
    @Schema(requiredMode = REQUIRED) List<ModuleView> modules) {

  CourseView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    modules = Collections.unmodifiableList(modules);
  }
}
