package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.port.in.CourseTreePage;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * Driving adapter: projects the course aggregate onto response views in one walk of the tree, each
 * view list built once. The learner's progress rides along as a nullable context: null means nobody
 * was asked.
 */
@Mapper
interface CourseViewMapper {

  default CourseView toView(CourseTree tree) {
    return toView(tree.course(), tree.progress().orElse(null));
  }

  /** A page carries no learner, so its courses come without progress. */
  default CourseTreePageView toView(CourseTreePage page) {
    return toView(page, null);
  }

  CourseTreePageView toView(CourseTreePage page, @Context LearnerProgress progress);

  CourseView toView(Course course, @Context LearnerProgress progress);

  ModuleView toView(CourseModule module, @Context LearnerProgress progress);

  @Mapping(target = "completedExercises", source = "lesson", qualifiedByName = "completedIn")
  LessonView toView(Lesson lesson, @Context LearnerProgress progress);

  @Mapping(target = "completed", source = "id", qualifiedByName = "isCompleted")
  ExerciseView toView(Exercise exercise, @Context LearnerProgress progress);

  // The domain owns the count; it costs one more set lookup per exercise and no collection.
  @Named("completedIn")
  default Integer completedIn(Lesson lesson, @Context LearnerProgress progress) {
    return progress == null ? null : progress.completedIn(lesson);
  }

  @Named("isCompleted")
  default Boolean isCompleted(ExerciseId exercise, @Context LearnerProgress progress) {
    return progress == null ? null : progress.isCompleted(exercise);
  }

  default String next(Optional<CourseId> next) {
    return next.map(PageCursor::encode).orElse(null);
  }

  default String code(ExerciseType type) {
    return type.code();
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

  default long unwrap(ExerciseId id) {
    return id.value();
  }
}
