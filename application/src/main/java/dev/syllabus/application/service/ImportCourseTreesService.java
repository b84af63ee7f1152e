package dev.syllabus.application.service;

import dev.syllabus.application.port.in.ImportCourseTreesUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.List;

/** Creates whole course trees; the drafts are already valid, so the store does the rest. */
public final class ImportCourseTreesService implements ImportCourseTreesUseCase {

  private final CreateCourseTreesPort store;

  public ImportCourseTreesService(CreateCourseTreesPort store) {
    this.store = store;
  }

  @Override
  public List<CourseId> importCourseTrees(Viewer caller, List<CourseDraft> drafts) {
    Authors.require(caller);
    return drafts.isEmpty() ? List.of() : store.createCourseTrees(drafts);
  }
}
