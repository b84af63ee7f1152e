package dev.syllabus.domain.course;

/**
 * How far down a read of a course tree goes: the levels below it are neither read nor sent. A
 * course outline stops at the lessons, a table of contents at the modules.
 */
public enum TreeDepth {
  MODULES,
  LESSONS,
  EXERCISES;

  public boolean includesLessons() {
    return this != MODULES;
  }

  public boolean includesExercises() {
    return this == EXERCISES;
  }
}
