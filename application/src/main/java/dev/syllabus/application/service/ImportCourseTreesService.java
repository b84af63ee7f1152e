package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ImportCourseTreesUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import java.util.List;

/**
 * Creates whole course trees. The drafts are valid by construction; what is left to decide is
 * whether each is within the course limits, before anything is stored.
 */
public final class ImportCourseTreesService implements ImportCourseTreesUseCase {

  private final CreateCourseTreesPort store;
  private final CourseLimits limits;

  public ImportCourseTreesService(CreateCourseTreesPort store, CourseLimits limits) {
    this.store = store;
    this.limits = limits;
  }

  @Override
  public List<CourseId> importCourseTrees(Viewer caller, List<CourseDraft> drafts) {
    Authors.require(caller);
    drafts.forEach(draft -> limits.requireWithin(CourseSize.of(draft)));
    return drafts.isEmpty() ? List.of() : store.createCourseTrees(drafts);
  }
}
