package dev.syllabus.domain.course;

/** The id of a node that has a parent and a position: a module, a lesson or an exercise. */
public sealed interface ChildId permits ModuleId, LessonId, ExerciseId {

  long value();

  /** What a reader calls this kind of node: "module", "lesson" or "exercise". */
  String kind();

  /** Whether a node of this kind can sit directly under the given parent. */
  boolean fitsUnder(ParentId parent);
}
