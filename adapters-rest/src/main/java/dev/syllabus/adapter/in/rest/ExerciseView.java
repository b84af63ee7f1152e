package dev.syllabus.adapter.in.rest;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** Driving adapter's response body for an exercise; {@code completed} if a learner was asked. */
record ExerciseView(
    @Schema(requiredMode = REQUIRED) long id,
    @Schema(requiredMode = REQUIRED, example = "video") String type,
    @Schema(requiredMode = REQUIRED) String title,
    @Schema(requiredMode = REQUIRED) int position,
    @Schema(description = "only with a learner") @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean completed) {}
