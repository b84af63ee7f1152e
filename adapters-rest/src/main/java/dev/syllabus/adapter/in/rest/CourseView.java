package dev.syllabus.adapter.in.rest;

import java.util.Collections;
import java.util.List;

/** Driving adapter's response body for one course tree, modules first. */
record CourseView(long id, String title, boolean published, List<ModuleView> modules) {

  CourseView {
    // Wrapped, not copied: the mapper builds each list once and keeps no reference to it.
    modules = Collections.unmodifiableList(modules);
  }
}
