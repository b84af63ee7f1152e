package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.application.port.in.LearnerDashboard;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.ProgressCount;
import dev.syllabus.domain.progress.TreeProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Driving adapter: projects the course aggregate onto response views in one walk of the tree, each
 * view list built once. The learner's progress rides along as a nullable context (null means nobody
 * was asked), and so does the depth the tree was read to: the lists below it are left out, not sent
 * empty.
 */
@Mapper
interface CourseViewMapper {

  default CourseView toView(CourseTree tree) {
    return toView(tree.course(), tree.progress().orElse(null), tree.depth());
  }

  /** The module a module's subtree was read for. */
  default ModuleView toModuleView(CourseTree subtree) {
    return toView(
        subtree.course().modules().get(0), subtree.progress().orElse(null), subtree.depth());
  }

  /** The lesson a lesson's subtree was read for. */
  default LessonView toLessonView(CourseTree subtree) {
    return toView(
        subtree.course().modules().get(0).lessons().get(0),
        subtree.progress().orElse(null),
        subtree.depth());
  }

  /** A page carries no learner, so its courses come without progress. */
  default CourseTreePageView toView(CourseTreePage page) {
    return toView(page, TreeDepth.EXERCISES);
  }

  default CourseTreePageView toView(CourseTreePage page, TreeDepth depth) {
    return toView(page, null, depth);
  }

  CourseTreePageView toView(
      CourseTreePage page, @Context TreeProgress progress, @Context TreeDepth depth);

  @Mapping(target = "completedExercises", source = "course", qualifiedByName = "completedInAll")
  @Mapping(target = "totalExercises", source = "course", qualifiedByName = "totalInAll")
  CourseView toView(Course course, @Context TreeProgress progress, @Context TreeDepth depth);

  @Mapping(target = "completedExercises", source = "id", qualifiedByName = "completedInModule")
  @Mapping(target = "totalExercises", source = "id", qualifiedByName = "totalInModule")
  @Mapping(target = "lessons", source = "lessons", qualifiedByName = "lessonsToDepth")
  ModuleView toView(CourseModule module, @Context TreeProgress progress, @Context TreeDepth depth);

  @Mapping(target = "completedExercises", source = "id", qualifiedByName = "completedInLesson")
  @Mapping(target = "totalExercises", source = "id", qualifiedByName = "totalInLesson")
  @Mapping(target = "exercises", source = "exercises", qualifiedByName = "exercisesToDepth")
  LessonView toView(Lesson lesson, @Context TreeProgress progress, @Context TreeDepth depth);

  @Named("lessonsToDepth")
  default List<LessonView> lessonsToDepth(
      List<Lesson> lessons, @Context TreeProgress progress, @Context TreeDepth depth) {
    if (!depth.includesLessons()) {
      return null;
    }
    List<LessonView> views = new ArrayList<>(lessons.size());
    for (Lesson lesson : lessons) {
      views.add(toView(lesson, progress, depth));
    }
    return views;
  }

  @Named("exercisesToDepth")
  default List<ExerciseView> exercisesToDepth(
      List<Exercise> exercises, @Context TreeProgress progress, @Context TreeDepth depth) {
    if (!depth.includesExercises()) {
      return null;
    }
    // Made as they are written, from the packed list's fields (ExerciseViews).
    return new ExerciseViews(
        ExerciseList.of(exercises), progress == null ? null : progress.exercises());
  }

  // The domain owns the counts, rolled up once per read; each level only looks its own up.
  @Named("completedInAll")
  default Integer completedInAll(Course course, @Context TreeProgress progress) {
    return progress == null ? null : completed(progress.total());
  }

  @Named("totalInAll")
  default Integer totalInAll(Course course, @Context TreeProgress progress) {
    return progress == null ? null : total(progress.total());
  }

  @Named("completedInModule")
  default Integer completedInModule(ModuleId module, @Context TreeProgress progress) {
    return progress == null ? null : completed(progress.of(module));
  }

  @Named("totalInModule")
  default Integer totalInModule(ModuleId module, @Context TreeProgress progress) {
    return progress == null ? null : total(progress.of(module));
  }

  @Named("completedInLesson")
  default Integer completedInLesson(LessonId lesson, @Context TreeProgress progress) {
    return progress == null ? null : completed(progress.of(lesson));
  }

  @Named("totalInLesson")
  default Integer totalInLesson(LessonId lesson, @Context TreeProgress progress) {
    return progress == null ? null : total(progress.of(lesson));
  }

  private static Integer completed(ProgressCount count) {
    return Math.toIntExact(count.completed());
  }

  private static Integer total(ProgressCount count) {
    return Math.toIntExact(count.total());
  }

  LearnerDashboardView toView(LearnerDashboard dashboard);

  @Mapping(target = "id", source = "course")
  @Mapping(target = "completedExercises", source = "count.completed")
  @Mapping(target = "totalExercises", source = "count.total")
  CourseProgressView toView(CourseProgress course);

  default String next(Optional<CourseId> next) {
    return next.map(PageCursor::encode).orElse(null);
  }

  default long unwrap(CourseId id) {
    return id.value();
  }

  default long unwrap(ModuleId id) {
    return id.value();
  }

  default long unwrap(LessonId id) {
    return id.value();
  }
}
