package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: stores new course trees in one transaction with five statements whatever their
 * size: new course ids, then one insert per level from parallel arrays. Each course row carries its
 * size from the start, counted from its draft.
 */
public final class JdbiCourseTreeWriter implements CreateCourseTreesPort {

  private final Jdbi jdbi;
  private final DatabaseFailures failures;

  public JdbiCourseTreeWriter(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
  }

  @Override
  public List<CourseId> createCourseTrees(List<CourseDraft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    return failures.guard(() -> create(drafts));
  }

  private List<CourseId> create(List<CourseDraft> drafts) {
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
          if (!exercises.isEmpty()) {
            dao.insertExercises(
                exercises.parents(),
                exercises.column(exercise -> exercise.type().code(), String[]::new),
                exercises.column(ExerciseDraft::title, String[]::new),
                exercises.positions());
          }
          return Arrays.stream(courseIds).mapToObj(CourseId::new).toList();
        });
  }

  private static boolean[] published(List<CourseDraft> drafts) {
    boolean[] published = new boolean[drafts.size()];
    for (int c = 0; c < published.length; c++) {
      published[c] = drafts.get(c).published();
    }
    return published;
  }
}
