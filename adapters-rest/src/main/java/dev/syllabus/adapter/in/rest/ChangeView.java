package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Driving adapter's response body for a change: the course it happened in and its new version (also
 * the response's ETag), and the node made or changed, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeView(
    @Schema(requiredMode = REQUIRED) long course,
    @Schema(requiredMode = REQUIRED) long version,
    @Schema(description = "the kind of node made or changed, if any", example = "lesson")
        String kind,
    @Schema(description = "the id of that node") Long id) {}
