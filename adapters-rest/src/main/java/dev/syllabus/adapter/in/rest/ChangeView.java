package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Driving adapter's response body for a change: the course it happened in and its new version (also
 * the response's ETag), and the node made or changed, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangeView(long course, long version, String kind, Long id) {}
