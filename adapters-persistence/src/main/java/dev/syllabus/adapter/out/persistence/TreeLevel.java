package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;

/**
 * The three levels of positioned children, by table and parent column: the position statements are
 * the same for all three, with these two names filled in.
 */
enum TreeLevel {
  MODULES("course_modules", "course_id"),
  LESSONS("lessons", "module_id"),
  EXERCISES("exercises", "lesson_id");

  final String table;
  final String parentColumn;

  TreeLevel(String table, String parentColumn) {
    this.table = table;
    this.parentColumn = parentColumn;
  }

  static TreeLevel of(ChildId child) {
    if (child instanceof ModuleId) {
      return MODULES;
    }
    return child instanceof LessonId ? LESSONS : EXERCISES;
  }

  static TreeLevel below(ParentId parent) {
    if (parent instanceof CourseId) {
      return MODULES;
    }
    return parent instanceof ModuleId ? LESSONS : EXERCISES;
  }
}
