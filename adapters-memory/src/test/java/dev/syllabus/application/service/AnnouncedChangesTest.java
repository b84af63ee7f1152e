package dev.syllabus.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.GetCourseTreeQuery;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.ProgressCommand;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every change of a course is announced once, after it is kept, naming every course it touched;
 * reads, progress and refused changes announce nothing.
 */
class AnnouncedChangesTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final List<Set<CourseId>> announced = new ArrayList<>();
  private final AnnounceCourseChangesPort listener = announced::add;
  private final SyllabusUseCases useCases =
      Services.over(
          new SyllabusPorts(store, store, store, store, store, store, store, store, store),
          listener,
          Services.Settings.DEFAULTS);
  private final List<CourseId> courses =
      store.createCourseTrees(
          List.of(
              new CourseShape(1, 1, 2).draft("A", true),
              new CourseShape(1, 1, 2).draft("B", true)));
  private final CourseId a = courses.get(0);
  private final CourseId b = courses.get(1);

  private Course tree(CourseId course) {
    return store.loadCourseTrees(List.of(course)).get(0);
  }

  private LessonId lessonOf(CourseId course) {
    return tree(course).modules().get(0).lessons().get(0).id();
  }

  @Test
  void a_course_edit_is_announced_for_its_course_once_it_is_kept() {
    useCases
        .editCourse()
        .editCourse(
            Viewer.author(),
            new EditCourseCommand(a, Optional.of("A2"), Optional.empty(), ExpectedVersion.any()));

    assertThat(announced).containsExactly(Set.of(a));
    assertThat(tree(a).title()).isEqualTo("A2");
  }

  @Test
  void a_move_into_another_course_is_announced_for_both_courses() {
    var exercise = tree(a).modules().get(0).lessons().get(0).exercises().get(0).id();

    useCases
        .editChild()
        .editChild(
            Viewer.author(),
            new EditChildCommand(
                exercise,
                Optional.empty(),
                Optional.empty(),
                Optional.of(lessonOf(b)),
                OptionalInt.empty(),
                ExpectedVersion.any()));

    assertThat(announced).containsExactly(Set.of(a, b));
  }

  @Test
  void additions_deletions_and_imports_are_announced_for_the_course_they_change_or_create() {
    useCases
        .addChild()
        .addChild(
            Viewer.author(),
            new AddChildCommand(
                lessonOf(a),
                "New",
                Optional.of("text"),
                OptionalInt.empty(),
                ExpectedVersion.any()));
    useCases.deleteChild().deleteChild(Viewer.author(), lessonOf(b), ExpectedVersion.any());
    Course imported =
        useCases
            .importCourseTree()
            .importCourseTree(
                Viewer.author(),
                new ImportCourseTreeCommand(
                    new CourseShape(1, 1, 1).draft("C", false), Optional.empty()));
    List<CourseId> generated =
        useCases
            .generateCourses()
            .generateCourses(
                Viewer.author(), new GenerateCoursesCommand(2, 1, 1, 1, true, Optional.empty()));
    useCases.deleteCourse().deleteCourse(Viewer.author(), a, ExpectedVersion.any());

    assertThat(announced)
        .containsExactly(
            Set.of(a), Set.of(b), Set.of(imported.id()), Set.copyOf(generated), Set.of(a));
  }

  @Test
  void a_refused_change_announces_nothing() {
    assertThatThrownBy(
            () ->
                useCases
                    .editCourse()
                    .editCourse(
                        Viewer.author(),
                        new EditCourseCommand(
                            a,
                            Optional.of("A2"),
                            Optional.empty(),
                            ExpectedVersion.oneOf(Set.of(7L)))))
        .isInstanceOf(VersionMismatchException.class);

    assertThat(announced).isEmpty();
  }

  @Test
  void reads_and_progress_announce_nothing_since_no_shared_copy_shows_progress() {
    LearnerId learner = new LearnerId(7);
    var exercise = tree(a).modules().get(0).lessons().get(0).exercises().get(0).id();

    useCases
        .getCourseTree()
        .getCourseTree(new GetCourseTreeQuery(a, Optional.empty(), Viewer.anonymous()));
    useCases
        .trackProgress()
        .complete(new ProgressCommand(Viewer.learner(learner), learner, exercise));

    assertThat(announced).isEmpty();
  }
}
