package dev.syllabus.adapter.in.rest;

/** Driving adapter's response body for an exercise; {@code completed} if a learner was asked. */
record ExerciseView(long id, String type, String title, int position, Boolean completed) {}
