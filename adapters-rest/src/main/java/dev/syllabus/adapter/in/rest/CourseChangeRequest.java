package dev.syllabus.adapter.in.rest;

/** Driving adapter's request body for {@code PATCH /courses/{id}}: what to change, if given. */
record CourseChangeRequest(String title, Boolean published) {}
