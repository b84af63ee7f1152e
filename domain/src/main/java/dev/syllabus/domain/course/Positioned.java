package dev.syllabus.domain.course;

/** A child of the aggregate that has a place among its siblings: 1 is first. */
public interface Positioned {

  int position();
}
