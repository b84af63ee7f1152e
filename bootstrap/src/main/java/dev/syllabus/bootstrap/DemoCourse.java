package dev.syllabus.bootstrap;

import static dev.syllabus.domain.course.ExerciseType.FILL_IN_BLANK;
import static dev.syllabus.domain.course.ExerciseType.MULTIPLE_CHOICE;
import static dev.syllabus.domain.course.ExerciseType.TEXT;
import static dev.syllabus.domain.course.ExerciseType.VIDEO;

import dev.syllabus.application.port.in.ImportCourseTreesUseCase;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.ListCourseTreesUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.List;
import java.util.Optional;

/** The demo course an empty database receives on start, so a new install has something to serve. */
final class DemoCourse {

  static final CourseDraft DRAFT =
      new CourseDraft(
          "Web Development Fundamentals",
          true,
          List.of(
              new ModuleDraft(
                  "HTML: the structure of a page",
                  List.of(
                      new LessonDraft(
                          "Your first page",
                          List.of(
                              new ExerciseDraft(VIDEO, "Watch: what a browser does with HTML"),
                              new ExerciseDraft(TEXT, "Read: elements, tags and attributes"),
                              new ExerciseDraft(MULTIPLE_CHOICE, "Quiz: which tag makes a link?"))),
                      new LessonDraft(
                          "Lists, tables and forms",
                          List.of(
                              new ExerciseDraft(VIDEO, "Watch: building a sign-up form"),
                              new ExerciseDraft(
                                  FILL_IN_BLANK,
                                  "Fill in: the input type for an e-mail address"))))),
              new ModuleDraft(
                  "CSS: how a page looks",
                  List.of(
                      new LessonDraft(
                          "Selectors and the cascade",
                          List.of(
                              new ExerciseDraft(TEXT, "Read: specificity in five minutes"),
                              new ExerciseDraft(MULTIPLE_CHOICE, "Quiz: which rule wins?"),
                              new ExerciseDraft(
                                  FILL_IN_BLANK, "Fill in: the selector for a class"))),
                      new LessonDraft(
                          "Flexbox layouts",
                          List.of(
                              new ExerciseDraft(VIDEO, "Watch: a navigation bar with flexbox"),
                              new ExerciseDraft(
                                  FILL_IN_BLANK, "Fill in: centre items on the main axis"))))),
              new ModuleDraft(
                  "JavaScript: making it interactive",
                  List.of(
                      new LessonDraft(
                          "Values, variables and functions",
                          List.of(
                              new ExerciseDraft(VIDEO, "Watch: the browser console"),
                              new ExerciseDraft(TEXT, "Read: let, const and scope"),
                              new ExerciseDraft(
                                  MULTIPLE_CHOICE, "Quiz: what does typeof null return?"))),
                      new LessonDraft(
                          "Events and the DOM",
                          List.of(
                              new ExerciseDraft(TEXT, "Read: listening for a click"),
                              new ExerciseDraft(
                                  FILL_IN_BLANK, "Fill in: the method that finds an element by id"),
                              new ExerciseDraft(VIDEO, "Watch: a to-do list from scratch")))))));

  private DemoCourse() {}

  /** Imports the demo course if there is no course at all, and says which course it created. */
  static Optional<CourseId> seedIfEmpty(
      ListCourseTreesUseCase courses, ImportCourseTreesUseCase importer) {
    boolean empty =
        courses
            .listCourseTrees(
                new ListCourseTreesQuery(Optional.empty(), 1, Optional.empty(), Viewer.author()))
            .courses()
            .isEmpty();
    return empty
        ? Optional.of(importer.importCourseTrees(Viewer.author(), List.of(DRAFT)).get(0))
        : Optional.empty();
  }
}
