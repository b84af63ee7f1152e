package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.AddChildService;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.ExpectedVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A change is announced once it is committed: whoever the announcement sends to the store (an HTTP
 * cache filling its copy again) reads the new tree, never the old one.
 */
class AnnouncedAfterCommitTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.perClass();

  @Test
  void a_listener_reading_the_store_from_another_connection_sees_the_change_it_is_told_of() {
    CourseId course =
        new JdbiCourseTreeWriter(DB.jdbi())
            .createCourseTrees(List.of(new CourseShape(1, 1, 1).draft("Told", true)))
            .get(0);
    JdbiCourseStateLoader elsewhere = JdbiCourseStateLoader.forReads(DB.snapshotJdbi());
    List<Long> versionsSeen = new ArrayList<>();
    AnnounceCourseChangesPort listener =
        courses ->
            courses.forEach(
                changed ->
                    versionsSeen.add(elsewhere.loadCourseState(changed).orElseThrow().version()));

    new AddChildService(
            new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi()),
            new JdbiCourseTreeEditor(DB.jdbi()),
            CourseLimits.DEFAULT,
            listener)
        .addChild(
            Viewer.author(),
            new AddChildCommand(
                course, "New", Optional.empty(), OptionalInt.empty(), ExpectedVersion.any()));

    assertThat(versionsSeen).containsExactly(2L);
  }
}
