package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.List;

/** Driving port: an author (or a seeding tool) creates whole course trees at once. */
public interface ImportCourseTreesUseCase {

  /**
   * Creates every course of the drafts with all its modules, lessons and exercises, all or nothing,
   * and returns the new course ids in the order of the drafts.
   *
   * @throws AccessDeniedException if the caller is not an author
   */
  List<CourseId> importCourseTrees(Viewer caller, List<CourseDraft> drafts);
}
