package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Driving adapter's response body for an exercise; {@code completed} if a learner was asked. */
record ExerciseView(
    long id,
    String type,
    String title,
    int position,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean completed) {}
