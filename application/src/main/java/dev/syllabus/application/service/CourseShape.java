package dev.syllabus.application.service;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.ExerciseType;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a synthetic course: modules per course, lessons per module, exercises per lesson.
 * Exercise types take turns, so every shape with four or more exercises has all of them.
 */
public record CourseShape(int modules, int lessons, int exercises) {

  private static final ExerciseType[] TYPES = ExerciseType.values();

  public CourseDraft draft(String title, boolean published) {
    List<ModuleDraft> moduleDrafts = new ArrayList<>(modules);
    int exerciseNumber = 0;
    for (int m = 1; m <= modules; m++) {
      List<LessonDraft> lessonDrafts = new ArrayList<>(lessons);
      for (int l = 1; l <= lessons; l++) {
        List<ExerciseDraft> exerciseDrafts = new ArrayList<>(exercises);
        for (int e = 1; e <= exercises; e++) {
          ExerciseType type = TYPES[exerciseNumber++ % TYPES.length];
          exerciseDrafts.add(new ExerciseDraft(type, "Exercise " + m + "." + l + "." + e));
        }
        lessonDrafts.add(new LessonDraft("Lesson " + m + "." + l, exerciseDrafts));
      }
      moduleDrafts.add(new ModuleDraft("Module " + m, lessonDrafts));
    }
    return new CourseDraft(title, published, moduleDrafts);
  }

  public int exerciseCount() {
    return modules * lessons * exercises;
  }
}
