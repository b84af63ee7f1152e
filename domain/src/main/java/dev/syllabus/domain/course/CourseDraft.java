package dev.syllabus.domain.course;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A whole course tree that does not exist yet, as an author writes it: no ids, and each child's
 * position is its place in its list (the first is 1).
 */
public record CourseDraft(String title, boolean published, List<ModuleDraft> modules) {

  public CourseDraft {
    Titles.requireValid(title);
    modules = List.copyOf(modules);
  }

  /**
   * The course this draft became once stored with these ids: each child at the position its list
   * gives it, at the first version.
   *
   * @throws IllegalArgumentException if the ids are not as many as the draft's nodes, level by
   *     level
   */
  public Course toCourse(TreeIds ids) {
    Iterator<Long> moduleIds = ids.modules().iterator();
    Iterator<Long> lessonIds = ids.lessons().iterator();
    Iterator<Long> exerciseIds = ids.exercises().iterator();
    // Depth first, each level's ids in turn: the order TreeIds keeps them in, level by level.
    List<CourseModule> courseModules = new ArrayList<>(modules.size());
    for (ModuleDraft module : modules) {
      ModuleId moduleId = new ModuleId(next(moduleIds));
      List<Lesson> lessons = new ArrayList<>(module.lessons().size());
      for (LessonDraft lesson : module.lessons()) {
        LessonId lessonId = new LessonId(next(lessonIds));
        List<Exercise> exercises = new ArrayList<>(lesson.exercises().size());
        for (ExerciseDraft exercise : lesson.exercises()) {
          exercises.add(
              new Exercise(
                  new ExerciseId(next(exerciseIds)),
                  exercise.type(),
                  exercise.title(),
                  exercises.size() + 1));
        }
        lessons.add(new Lesson(lessonId, lesson.title(), lessons.size() + 1, exercises));
      }
      courseModules.add(
          new CourseModule(moduleId, module.title(), courseModules.size() + 1, lessons));
    }
    if (moduleIds.hasNext() || lessonIds.hasNext() || exerciseIds.hasNext()) {
      throw new IllegalArgumentException("more ids than the draft has nodes");
    }
    return new Course(ids.course(), title, published, Course.FIRST_VERSION, courseModules);
  }

  private static long next(Iterator<Long> ids) {
    if (!ids.hasNext()) {
      throw new IllegalArgumentException("fewer ids than the draft has nodes");
    }
    return ids.next();
  }

  /** A module to create, with its lessons in order. */
  public record ModuleDraft(String title, List<LessonDraft> lessons) {

    public ModuleDraft {
      Titles.requireValid(title);
      lessons = List.copyOf(lessons);
    }
  }

  /** A lesson to create, with its exercises in order. */
  public record LessonDraft(String title, List<ExerciseDraft> exercises) {

    public LessonDraft {
      Titles.requireValid(title);
      exercises = List.copyOf(exercises);
    }
  }

  /** An exercise to create. */
  public record ExerciseDraft(ExerciseType type, String title) {

    public ExerciseDraft {
      Objects.requireNonNull(type, "type");
      Titles.requireValid(title);
    }
  }
}
