package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseRuleException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportCourseTreesServiceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();

  /** 2 × 3 × 4: 2 modules, 6 lessons and 24 exercises are 32 nodes. */
  private static final CourseShape SHAPE = new CourseShape(2, 3, 4);

  private boolean storeIsEmpty() {
    return store
        .loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.empty(), 1))
        .courses()
        .isEmpty();
  }

  @Test
  void a_course_at_the_node_limit_is_imported() {
    ImportCourseTreesService service =
        new ImportCourseTreesService(
            store, new CourseLimits(32, 1_000), AnnounceCourseChangesPort.NOBODY);

    assertThat(service.importCourseTrees(Viewer.author(), List.of(SHAPE.draft("C", true))))
        .hasSize(1);
  }

  @Test
  void
      a_course_over_the_node_limit_is_refused_naming_the_limit_and_its_size_and_nothing_is_stored() {
    ImportCourseTreesService service =
        new ImportCourseTreesService(
            store, new CourseLimits(31, 1_000), AnnounceCourseChangesPort.NOBODY);

    assertThatThrownBy(
            () ->
                service.importCourseTrees(
                    Viewer.author(),
                    List.of(new CourseShape(1, 1, 1).draft("Small", true), SHAPE.draft("C", true))))
        .isInstanceOf(CourseRuleException.class)
        .hasMessage(
            "course would have 32 nodes (modules, lessons and exercises), more than the 31 a"
                + " course may have");
    assertThat(storeIsEmpty()).isTrue();
  }
}
