package dev.syllabus.benchmarks.load;

/**
 * A change the service answered with success, and the version of its course that the answer's ETag
 * named: every change bumps its course's version once, under the course's lock, so the versions put
 * a course's changes in the order they were made.
 */
record Change(long course, long version, Edit edit) {

  /** What changed. Positions are those the request asked for (1 is first). */
  sealed interface Edit {}

  record AddExercise(long exercise, long lesson, int position, String title) implements Edit {}

  record DeleteExercise(long exercise) implements Edit {}

  record MoveExercise(long exercise, long lesson, int position) implements Edit {}

  record MoveLesson(long lesson, long module, int position) implements Edit {}

  record RenameExercise(long exercise, String title) implements Edit {}

  record RenameCourse(String title) implements Edit {}
}
