package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AccessDeniedException;
import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.ListCourseTreesQuery;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every authoring use case checks its caller itself: a driving adapter that forgets to (a command,
 * a message consumer) still cannot write as a learner or as nobody.
 */
class AuthoringServicesTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final SyllabusUseCases useCases =
      Services.over(
          new SyllabusPorts(store, store, store, store, store, store, store, store, store));
  private final CourseId course =
      store.createCourseTrees(List.of(new CourseShape(2, 1, 1).draft("C", true))).get(0);
  private final ModuleId module = tree().modules().get(0).id();

  private Course tree() {
    return store.loadCourseTrees(List.of(course)).get(0);
  }

  static List<Viewer> notAuthors() {
    return List.of(Viewer.anonymous(), Viewer.learner(new LearnerId(7)));
  }

  private List<Consumer<Viewer>> everyWrite() {
    return List.of(
        caller ->
            useCases
                .importCourseTrees()
                .importCourseTrees(caller, List.of(new CourseShape(1, 1, 1).draft("New", true))),
        caller ->
            useCases
                .editCourse()
                .editCourse(
                    caller,
                    new EditCourseCommand(
                        course, Optional.of("Mine"), Optional.empty(), ExpectedVersion.any())),
        caller ->
            useCases
                .addChild()
                .addChild(
                    caller,
                    new AddChildCommand(
                        course, "M", Optional.empty(), OptionalInt.empty(), ExpectedVersion.any())),
        caller ->
            useCases
                .editChild()
                .editChild(
                    caller,
                    new EditChildCommand(
                        module,
                        Optional.of("Mine"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        ExpectedVersion.any())),
        caller -> useCases.deleteChild().deleteChild(caller, module, ExpectedVersion.any()),
        caller ->
            useCases
                .generateCourses()
                .generateCourses(
                    caller, new GenerateCoursesCommand(1, 1, 1, 1, true, Optional.empty())),
        // Last, so that the author's writes before it find the course.
        caller -> useCases.deleteCourse().deleteCourse(caller, course, ExpectedVersion.any()));
  }

  @ParameterizedTest
  @MethodSource("notAuthors")
  void nobody_but_an_author_writes_and_nothing_changes(Viewer caller) {
    for (Consumer<Viewer> write : everyWrite()) {
      assertThatThrownBy(() -> write.accept(caller))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessage("Only authors may change courses");
    }
    assertThat(tree().version()).isEqualTo(1);
    assertThat(tree().title()).isEqualTo("C");
    assertThat(tree().modules()).hasSize(2);
    assertThat(
            useCases
                .listCourseTrees()
                .listCourseTrees(
                    new ListCourseTreesQuery(
                        Optional.empty(), 100, Optional.empty(), Viewer.author()))
                .courses())
        .hasSize(1);
  }

  @Test
  void an_author_may_make_every_write() {
    for (Consumer<Viewer> write : everyWrite()) {
      write.accept(Viewer.author());
    }
  }
}
