package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** Driving adapter's response body for how far a learner got in one course. */
record CourseProgressView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) long completedExercises,
    @Schema(requiredMode = REQUIRED) long totalExercises) {}
