package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetCourseVersionServiceTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final GetCourseVersionService service = new GetCourseVersionService(store);

  @Test
  void a_new_course_is_at_version_1_and_every_change_moves_it_on() {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("C", true))).get(0);

    assertThat(service.getCourseVersion(id, Viewer.anonymous()).version()).isEqualTo(1);
    new EditCourseService(store, store, AnnounceCourseChangesPort.NOBODY)
        .editCourse(
            Viewer.author(),
            new EditCourseCommand(
                id, Optional.of("Renamed"), Optional.empty(), ExpectedVersion.any()));
    assertThat(service.getCourseVersion(id, Viewer.anonymous()).version()).isEqualTo(2);
  }

  @Test
  void the_version_of_an_unpublished_course_is_hidden_like_the_course() {
    CourseId id =
        store.createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("C", false))).get(0);

    assertThat(service.getCourseVersion(id, Viewer.author()).version()).isEqualTo(1);
    assertThatThrownBy(() -> service.getCourseVersion(id, Viewer.anonymous()))
        .isInstanceOf(CourseNotFoundException.class);
  }
}
