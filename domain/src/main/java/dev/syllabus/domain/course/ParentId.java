package dev.syllabus.domain.course;

/** The id of a node that has children: a course, a module or a lesson. */
public sealed interface ParentId permits CourseId, ModuleId, LessonId {

  long value();

  /** What a reader calls this kind of node: "course", "module" or "lesson". */
  String kind();
}
