package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.Violations;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.ExerciseType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving adapter's request body for {@code POST /courses}: a whole course tree, in the shape the
 * read side returns it, without ids or positions (the order of each list is the order); a body that
 * has them is refused, as is any field not named here.
 */
record CourseTreeRequest(String title, Boolean published, List<ModuleRequest> modules) {

  record ModuleRequest(String title, List<LessonRequest> lessons) {}

  record LessonRequest(String title, List<ExerciseRequest> exercises) {}

  record ExerciseRequest(String type, String title) {}

  /**
   * The draft this request describes, or every broken rule at once, each named by its JSON path
   * such as {@code modules[1].lessons[0].exercises[2].type}.
   */
  CourseDraft toDraft() {
    Violations violations = new Violations().title("title", title);
    List<ModuleDraft> moduleDrafts = new ArrayList<>();
    List<ModuleRequest> moduleList = listOf(modules);
    for (int m = 0; m < moduleList.size(); m++) {
      String at = "modules[" + m + "]";
      ModuleRequest module = Objects.requireNonNullElse(moduleList.get(m), EMPTY_MODULE);
      violations.title(at + ".title", module.title());
      List<LessonDraft> lessonDrafts = new ArrayList<>();
      List<LessonRequest> lessonList = listOf(module.lessons());
      for (int l = 0; l < lessonList.size(); l++) {
        String lessonAt = at + ".lessons[" + l + "]";
        LessonRequest lesson = Objects.requireNonNullElse(lessonList.get(l), EMPTY_LESSON);
        violations.title(lessonAt + ".title", lesson.title());
        List<ExerciseDraft> exerciseDrafts = new ArrayList<>();
        List<ExerciseRequest> exerciseList = listOf(lesson.exercises());
        for (int e = 0; e < exerciseList.size(); e++) {
          String exerciseAt = lessonAt + ".exercises[" + e + "]";
          ExerciseRequest exercise =
              Objects.requireNonNullElse(exerciseList.get(e), EMPTY_EXERCISE);
          violations.title(exerciseAt + ".title", exercise.title());
          Optional<ExerciseType> type =
              violations.exerciseType(exerciseAt + ".type", exercise.type());
          if (violations.isEmpty()) {
            exerciseDrafts.add(new ExerciseDraft(type.orElseThrow(), exercise.title()));
          }
        }
        if (violations.isEmpty()) {
          lessonDrafts.add(new LessonDraft(lesson.title(), exerciseDrafts));
        }
      }
      if (violations.isEmpty()) {
        moduleDrafts.add(new ModuleDraft(module.title(), lessonDrafts));
      }
    }
    violations.throwIfAny();
    return new CourseDraft(title, Boolean.TRUE.equals(published), moduleDrafts);
  }

  private static final ModuleRequest EMPTY_MODULE = new ModuleRequest(null, null);
  private static final LessonRequest EMPTY_LESSON = new LessonRequest(null, null);
  private static final ExerciseRequest EMPTY_EXERCISE = new ExerciseRequest(null, null);

  private static <T> List<T> listOf(List<T> items) {
    return items == null ? List.of() : items;
  }
}
