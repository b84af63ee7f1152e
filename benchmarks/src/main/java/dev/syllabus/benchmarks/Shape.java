package dev.syllabus.benchmarks;

import dev.syllabus.application.service.CourseShape;

/**
 * What one request asks for: a single course of a given shape, or a page of 50 small courses.
 * Budgets bound each measurement in time, scaled to what one request costs.
 */
public enum Shape {
  S("S", "5×8×6 (240 exercises)", 1, new CourseShape(5, 8, 6)),
  M("M", "10×50×10 (5,000 exercises)", 1, new CourseShape(10, 50, 10)),
  L("L", "50×40×50 (100,000 exercises)", 1, new CourseShape(50, 40, 50)),
  PAGE("page", "50 courses of 5×8×6 (12,000 exercises)", 50, new CourseShape(5, 8, 6));

  static final int PAGE_SIZE = 50;

  private final String label;
  private final String description;
  private final int courses;
  private final CourseShape course;

  Shape(String label, String description, int courses, CourseShape course) {
    this.label = label;
    this.description = description;
    this.courses = courses;
    this.course = course;
  }

  String label() {
    return label;
  }

  String description() {
    return description;
  }

  int courses() {
    return courses;
  }

  public CourseShape course() {
    return course;
  }

  int exercises() {
    return courses * course.exerciseCount();
  }

  /** Modules plus lessons: what the naive loader reads parent by parent. */
  int parents() {
    return courses * (course.modules() + course.modules() * course.lessons());
  }
}
