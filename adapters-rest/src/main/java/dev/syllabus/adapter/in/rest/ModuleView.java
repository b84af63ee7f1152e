package dev.syllabus.adapter.in.rest;

import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for a course module and its lessons. */
record ModuleView(long id, String title, int position, List<LessonView> lessons) {

  ModuleView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    lessons = Collections.unmodifiableList(lessons);
  }
}
