package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ImportCourseTreesUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import java.util.List;
import java.util.Set;

/**
 * Creates whole course trees. The drafts are valid by construction; what is left to decide is
 * whether each is within the course limits, before anything is stored. The new courses are
 * announced once they are committed.
 */
public final class ImportCourseTreesService implements ImportCourseTreesUseCase {

  private final CreateCourseTreesPort store;
  private final CourseLimits limits;
  private final AnnounceCourseChangesPort changes;

  public ImportCourseTreesService(
      CreateCourseTreesPort store, CourseLimits limits, AnnounceCourseChangesPort changes) {
    this.store = store;
    this.limits = limits;
    this.changes = changes;
  }

  @Override
  public List<CourseId> importCourseTrees(Viewer caller, List<CourseDraft> drafts) {
    Authors.require(caller);
    drafts.forEach(draft -> limits.requireWithin(CourseSize.of(draft)));
    if (drafts.isEmpty()) {
      return List.of();
    }
    List<CourseId> created = store.createCourseTrees(drafts);
    changes.coursesChanged(Set.copyOf(created));
    return created;
  }
}
