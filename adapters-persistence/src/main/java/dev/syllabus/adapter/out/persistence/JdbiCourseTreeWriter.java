package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.TreeIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: stores new course trees in one transaction with five statements whatever their
 * size: new course ids, then one insert per level from parallel arrays, each returning the ids it
 * assigned, from which the created courses are built without reading them back. Each course row
 * carries its size from the start, counted from its draft.
 */
public final class JdbiCourseTreeWriter implements CreateCourseTreesPort {

  private final Jdbi jdbi;
  private final DatabaseFailures failures;

  public JdbiCourseTreeWriter(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
  }

  @Override
  public List<Course> createCourses(List<CourseDraft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    return failures.guard(() -> create(drafts));
  }

  private List<Course> create(List<CourseDraft> drafts) {
    return jdbi.inTransaction(
        handle -> {
          CourseTreeWriteDao dao = handle.attach(CourseTreeWriteDao.class);
          // Ids first, so that each draft knows its course id whatever order rows go in.
          long[] courseIds = dao.newCourseIds(drafts.size());
          List<CourseSize> sizes = drafts.stream().map(CourseSize::of).toList();
          dao.insertCourses(
              courseIds,
              drafts.stream().map(CourseDraft::title).toArray(String[]::new),
              published(drafts),
              sizes.stream().mapToLong(CourseSize::nodes).toArray(),
              sizes.stream().mapToLong(CourseSize::exercises).toArray());

          Level<ModuleDraft> modules = Level.below(drafts, courseIds, CourseDraft::modules);
          long[] moduleIds =
              modules.isEmpty()
                  ? new long[0]
                  : modules.idsFrom(
                      dao.insertModules(
                          modules.parents(),
                          modules.column(ModuleDraft::title, String[]::new),
                          modules.positions()));

          Level<LessonDraft> lessons =
              Level.below(modules.children(), moduleIds, ModuleDraft::lessons);
          long[] lessonIds =
              lessons.isEmpty()
                  ? new long[0]
                  : lessons.idsFrom(
                      dao.insertLessons(
                          lessons.parents(),
                          lessons.column(LessonDraft::title, String[]::new),
                          lessons.positions()));

          Level<ExerciseDraft> exercises =
              Level.below(lessons.children(), lessonIds, LessonDraft::exercises);
          long[] exerciseIds =
              exercises.isEmpty()
                  ? new long[0]
                  : exercises.idsFrom(
                      dao.insertExercises(
                          exercises.parents(),
                          exercises.column(exercise -> exercise.type().code(), String[]::new),
                          exercises.column(ExerciseDraft::title, String[]::new),
                          exercises.positions()));
          return courses(drafts, courseIds, moduleIds, lessonIds, exerciseIds);
        });
  }

  /**
   * Each draft with its share of every level's ids: a level lists the children of the first draft's
   * parents, then of the second's, so each draft's share is the next run of that level.
   */
  private static List<Course> courses(
      List<CourseDraft> drafts,
      long[] courseIds,
      long[] moduleIds,
      long[] lessonIds,
      long[] exerciseIds) {
    List<Course> courses = new ArrayList<>(drafts.size());
    int module = 0;
    int lesson = 0;
    int exercise = 0;
    for (int c = 0; c < drafts.size(); c++) {
      CourseDraft draft = drafts.get(c);
      int modules = draft.modules().size();
      int lessons = 0;
      int exercises = 0;
      for (ModuleDraft moduleDraft : draft.modules()) {
        lessons += moduleDraft.lessons().size();
        for (LessonDraft lessonDraft : moduleDraft.lessons()) {
          exercises += lessonDraft.exercises().size();
        }
      }
      TreeIds ids =
          new TreeIds(
              new CourseId(courseIds[c]),
              run(moduleIds, module, modules),
              run(lessonIds, lesson, lessons),
              run(exerciseIds, exercise, exercises));
      courses.add(draft.toCourse(ids));
      module += modules;
      lesson += lessons;
      exercise += exercises;
    }
    return courses;
  }

  private static List<Long> run(long[] ids, int from, int count) {
    return Arrays.stream(ids, from, from + count).boxed().toList();
  }

  private static boolean[] published(List<CourseDraft> drafts) {
    boolean[] published = new boolean[drafts.size()];
    for (int c = 0; c < published.length; c++) {
      published[c] = drafts.get(c).published();
    }
    return published;
  }
}
