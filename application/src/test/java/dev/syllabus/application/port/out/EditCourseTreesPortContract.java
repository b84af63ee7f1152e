package dev.syllabus.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.DeleteChildUseCase;
import dev.syllabus.application.port.in.DeleteCourseUseCase;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditChildUseCase;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.EditCourseUseCase;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.service.AddChildService;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.application.service.DeleteChildService;
import dev.syllabus.application.service.DeleteCourseService;
import dev.syllabus.application.service.EditChildService;
import dev.syllabus.application.service.EditCourseService;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.CourseRuleException;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.ExpectedVersion;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link EditCourseTreesPort} must do, with {@link UnitOfWorkPort} and {@link
 * LoadCourseStatePort} beside it: apply what the domain decided so that the authoring use cases
 * keep their promises (dense positions, versions, whole subtrees). The tests drive the real
 * services, so the rules are the domain's and the adapter is what varies. Each adapter's test
 * extends this class; its store starts empty for every test.
 */
public abstract class EditCourseTreesPortContract {

  protected abstract EditCourseTreesPort editor();

  protected abstract CreateCourseTreesPort creator();

  protected abstract LoadCourseTreesPort loader();

  protected abstract LoadCourseStatePort states();

  protected abstract RecordCompletionsPort recorder();

  protected abstract LoadCompletionsPort completions();

  /** The unit of work that the editor's calls join. */
  protected abstract UnitOfWorkPort unitOfWork();

  private static final Viewer AUTHOR = Viewer.author();

  private CourseId course;
  private CourseId other;
  private AddChildUseCase addChild;
  private EditChildUseCase editChild;
  private DeleteChildUseCase deleteChild;
  private EditCourseUseCase editCourse;
  private DeleteCourseUseCase deleteCourse;

  @BeforeEach
  void the_authoring_use_cases_on_this_adapter() {
    addChild =
        new AddChildService(
            unitOfWork(), editor(), CourseLimits.DEFAULT, AnnounceCourseChangesPort.NOBODY);
    editChild =
        new EditChildService(
            unitOfWork(), editor(), CourseLimits.DEFAULT, AnnounceCourseChangesPort.NOBODY);
    deleteChild = new DeleteChildService(unitOfWork(), editor(), AnnounceCourseChangesPort.NOBODY);
    editCourse = new EditCourseService(unitOfWork(), editor(), AnnounceCourseChangesPort.NOBODY);
    deleteCourse =
        new DeleteCourseService(unitOfWork(), editor(), AnnounceCourseChangesPort.NOBODY);
  }

  @BeforeEach
  void two_courses_of_two_modules_of_three_lessons_of_three_exercises() {
    List<CourseId> ids =
        creator()
            .createCourseTrees(
                List.of(
                    new CourseShape(2, 3, 3).draft("Course", true),
                    new CourseShape(2, 3, 3).draft("Other", false)));
    course = ids.get(0);
    other = ids.get(1);
  }

  private Course tree(CourseId id) {
    return loader().loadCourseTrees(List.of(id)).get(0);
  }

  private long version(CourseId id) {
    return states().loadCourseState(id).orElseThrow().version();
  }

  private CourseModule module(CourseId id, int m) {
    return tree(id).modules().get(m);
  }

  private Lesson lesson(CourseId id, int m, int l) {
    return module(id, m).lessons().get(l);
  }

  private static List<String> titles(Lesson lesson) {
    return lesson.exercises().stream().map(Exercise::title).toList();
  }

  private static List<String> lessonTitles(CourseModule module) {
    return module.lessons().stream().map(Lesson::title).toList();
  }

  private ChildChange add(ParentId parent, String title, String type, Integer position) {
    return add(parent, title, type, position, CourseLimits.DEFAULT);
  }

  private ChildChange move(ChildId child, ParentId parent, Integer position) {
    return move(child, parent, position, CourseLimits.DEFAULT);
  }

  private ChildChange add(
      ParentId parent, String title, String type, Integer position, CourseLimits limits) {
    return new AddChildService(unitOfWork(), editor(), limits, AnnounceCourseChangesPort.NOBODY)
        .addChild(
            AUTHOR,
            new AddChildCommand(
                parent,
                title,
                Optional.ofNullable(type),
                position == null ? OptionalInt.empty() : OptionalInt.of(position),
                ExpectedVersion.any()));
  }

  private ChildChange move(ChildId child, ParentId parent, Integer position, CourseLimits limits) {
    return new EditChildService(unitOfWork(), editor(), limits, AnnounceCourseChangesPort.NOBODY)
        .editChild(
            AUTHOR,
            new EditChildCommand(
                child,
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(parent),
                position == null ? OptionalInt.empty() : OptionalInt.of(position),
                ExpectedVersion.any()));
  }

  private CourseSize storedSize(CourseId id) {
    return states().loadCourseState(id).orElseThrow().size();
  }

  /** The size stored with each course is the size of its tree, counted afresh. */
  private void sizesAreExact() {
    for (CourseId id : List.of(course, other)) {
      assertThat(storedSize(id)).as("size of course %s", id).isEqualTo(CourseSize.of(tree(id)));
    }
  }

  /** Limits that the course is exactly at: one node more is refused. */
  private CourseLimits fullAt(CourseId id) {
    return new CourseLimits(storedSize(id).nodes(), CourseLimits.DEFAULT.maxExercisesPerPage());
  }

  @Test
  void a_child_added_without_a_position_goes_last() {
    LessonId lesson = lesson(course, 0, 0).id();

    ChildChange change = add(lesson, "New", "text", null);

    Lesson changed = lesson(course, 0, 0);
    assertThat(titles(changed))
        .containsExactly("Exercise 1.1.1", "Exercise 1.1.2", "Exercise 1.1.3", "New");
    assertThat(changed.exercises().get(3).id()).isEqualTo(change.child());
    assertThat(changed.exercises().get(3).type()).isEqualTo(ExerciseType.TEXT);
    assertThat(changed.exercises()).extracting(Exercise::position).containsExactly(1, 2, 3, 4);
  }

  @Test
  void a_child_added_at_a_position_pushes_the_later_siblings_down() {
    add(course, "First module", null, 1);
    add(module(course, 1).id(), "Second lesson", null, 2);

    assertThat(tree(course).modules())
        .extracting(CourseModule::title)
        .containsExactly("First module", "Module 1", "Module 2");
    assertThat(lessonTitles(module(course, 1)))
        .containsExactly("Lesson 1.1", "Second lesson", "Lesson 1.2", "Lesson 1.3");
    assertThat(CourseTreeFixtures.positionsAreDense(tree(course))).isTrue();
  }

  @Test
  void every_change_moves_the_course_version_on_by_one_and_says_so() {
    long before = version(course);

    ChildChange added = add(course, "M", null, null);
    assertThat(added.course().version()).isEqualTo(before + 1);
    assertThat(version(course)).isEqualTo(before + 1);
    assertThat(tree(course).version()).isEqualTo(before + 1);

    editCourse.editCourse(
        AUTHOR,
        new EditCourseCommand(course, Optional.empty(), Optional.of(false), ExpectedVersion.any()));
    assertThat(version(course)).isEqualTo(before + 2);
    assertThat(states().loadCourseState(course).orElseThrow().published()).isFalse();
  }

  @Test
  void a_position_past_the_end_is_refused_and_changes_nothing() {
    long before = version(course);

    assertThatThrownBy(() -> add(course, "Far", null, 4))
        .isInstanceOf(CourseRuleException.class)
        .hasMessageContaining("position must be between 1 and 3, was 4");
    assertThatThrownBy(() -> move(module(course, 0).id(), null, 3))
        .isInstanceOf(CourseRuleException.class)
        .hasMessageContaining("position must be between 1 and 2, was 3");
    assertThat(version(course)).isEqualTo(before);
    assertThat(tree(course).modules()).hasSize(2);
  }

  @Test
  void renaming_and_retyping_keep_the_place() {
    ExerciseId exercise = lesson(course, 1, 2).exercises().get(1).id();

    editChild.editChild(
        AUTHOR,
        new EditChildCommand(
            exercise,
            Optional.of("Renamed"),
            Optional.of("fill-in-blank"),
            Optional.empty(),
            OptionalInt.empty(),
            ExpectedVersion.any()));

    Exercise changed = lesson(course, 1, 2).exercises().get(1);
    assertThat(changed.id()).isEqualTo(exercise);
    assertThat(changed.title()).isEqualTo("Renamed");
    assertThat(changed.type()).isEqualTo(ExerciseType.FILL_IN_BLANK);
    assertThat(changed.position()).isEqualTo(2);
  }

  @Test
  void moving_down_and_up_among_siblings_keeps_positions_dense() {
    LessonId lesson = lesson(course, 0, 0).id();
    ExerciseId first = lesson(course, 0, 0).exercises().get(0).id();

    move(first, null, 3);
    assertThat(titles(lesson(course, 0, 0)))
        .containsExactly("Exercise 1.1.2", "Exercise 1.1.3", "Exercise 1.1.1");

    move(first, lesson, 2);
    assertThat(titles(lesson(course, 0, 0)))
        .containsExactly("Exercise 1.1.2", "Exercise 1.1.1", "Exercise 1.1.3");
    assertThat(CourseTreeFixtures.positionsAreDense(tree(course))).isTrue();
  }

  @Test
  void moving_to_another_parent_closes_the_gap_and_opens_a_place() {
    ExerciseId moved = lesson(course, 0, 0).exercises().get(0).id();
    LessonId target = lesson(course, 1, 2).id();

    move(moved, target, 1);

    assertThat(titles(lesson(course, 0, 0))).containsExactly("Exercise 1.1.2", "Exercise 1.1.3");
    assertThat(titles(lesson(course, 1, 2)))
        .containsExactly("Exercise 1.1.1", "Exercise 2.3.1", "Exercise 2.3.2", "Exercise 2.3.3");
    assertThat(CourseTreeFixtures.positionsAreDense(tree(course))).isTrue();
  }

  @Test
  void moving_to_another_course_changes_both_versions_and_keeps_the_subtree() {
    ModuleId moved = module(course, 1).id();
    long courseBefore = version(course);
    long otherBefore = version(other);

    ChildChange change = move(moved, other, null);

    assertThat(tree(course).modules()).extracting(CourseModule::title).containsExactly("Module 1");
    CourseModule arrived = module(other, 2);
    assertThat(arrived.id()).isEqualTo(moved);
    assertThat(arrived.position()).isEqualTo(3);
    assertThat(arrived.lessons()).hasSize(3);
    assertThat(change.course().course()).isEqualTo(course);
    assertThat(version(course)).isEqualTo(courseBefore + 1);
    assertThat(version(other)).isEqualTo(otherBefore + 1);
  }

  @Test
  void a_parent_that_does_not_exist_is_refused_by_name() {
    ExerciseId exercise = lesson(course, 0, 0).exercises().get(0).id();

    assertThatThrownBy(() -> move(exercise, new LessonId(Long.MAX_VALUE), null))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessageContaining("parent lesson " + Long.MAX_VALUE + " does not exist");
    assertThatThrownBy(() -> add(new ModuleId(Long.MAX_VALUE), "Orphan", null, null))
        .isInstanceOf(NodeNotFoundException.class)
        .hasMessage("Module " + Long.MAX_VALUE + " not found");
    assertThatThrownBy(() -> add(new CourseId(Long.MAX_VALUE), "Orphan", null, null))
        .isInstanceOf(CourseNotFoundException.class);
  }

  @Test
  void deleting_a_node_removes_its_subtree_and_completions_and_closes_the_gap() {
    Lesson doomed = lesson(course, 0, 1);
    List<ExerciseId> doomedExercises = doomed.exercises().stream().map(Exercise::id).toList();
    ExerciseId survivor = lesson(course, 0, 2).exercises().get(0).id();
    LearnerId learner = new LearnerId(5);
    recorder().recordCompletions(learner, List.of(doomedExercises.get(0), survivor));

    deleteChild.deleteChild(AUTHOR, doomed.id(), ExpectedVersion.any());

    assertThat(lessonTitles(module(course, 0))).containsExactly("Lesson 1.1", "Lesson 1.3");
    assertThat(CourseTreeFixtures.positionsAreDense(tree(course))).isTrue();
    assertThat(completions().loadCompletions(learner, doomedExercises).completed()).isEmpty();
    assertThat(completions().loadCompletions(learner, List.of(survivor)).completed())
        .containsExactly(survivor);
    assertThatThrownBy(() -> deleteChild.deleteChild(AUTHOR, doomed.id(), ExpectedVersion.any()))
        .isInstanceOf(NodeNotFoundException.class)
        .hasMessage("Lesson " + doomed.id() + " not found");
  }

  @Test
  void deleting_a_course_removes_it_whole() {
    deleteCourse.deleteCourse(AUTHOR, course, ExpectedVersion.any());

    assertThat(loader().loadCourseTrees(List.of(course))).isEmpty();
    assertThat(states().loadCourseState(course)).isEmpty();
    assertThat(loader().loadCourseTrees(List.of(other))).hasSize(1);
    assertThatThrownBy(() -> deleteCourse.deleteCourse(AUTHOR, course, ExpectedVersion.any()))
        .isInstanceOf(CourseNotFoundException.class);
  }

  @Test
  void a_change_that_expects_another_version_changes_nothing() {
    long current = version(course);
    ModuleId module = module(course, 0).id();

    assertThatThrownBy(
            () ->
                addChild.addChild(
                    AUTHOR,
                    new AddChildCommand(
                        course,
                        "Late",
                        Optional.empty(),
                        OptionalInt.empty(),
                        ExpectedVersion.of(current - 1))))
        .isInstanceOf(VersionMismatchException.class)
        .hasMessageContaining("is at version " + current);
    assertThatThrownBy(
            () -> deleteChild.deleteChild(AUTHOR, module, ExpectedVersion.of(current + 1)))
        .isInstanceOf(VersionMismatchException.class);
    assertThatThrownBy(
            () -> deleteCourse.deleteCourse(AUTHOR, course, ExpectedVersion.of(current + 1)))
        .isInstanceOf(VersionMismatchException.class);

    assertThat(version(course)).isEqualTo(current);
    assertThat(tree(course).modules()).hasSize(2);
    assertThat(
            editCourse
                .editCourse(
                    AUTHOR,
                    new EditCourseCommand(
                        course,
                        Optional.of("On time"),
                        Optional.empty(),
                        ExpectedVersion.of(current)))
                .version())
        .isEqualTo(current + 1);
  }

  @Test
  void a_change_that_expects_one_of_several_versions_goes_ahead_if_the_current_is_among_them() {
    long current = version(course);
    ModuleId module = module(course, 0).id();

    assertThatThrownBy(
            () ->
                deleteChild.deleteChild(
                    AUTHOR, module, ExpectedVersion.oneOf(Set.of(current - 1, current + 1))))
        .isInstanceOf(VersionMismatchException.class)
        .hasMessageContaining("is at version " + current + ", not " + (current - 1) + " or ");
    assertThatThrownBy(
            () -> deleteChild.deleteChild(AUTHOR, module, ExpectedVersion.oneOf(Set.of())))
        .isInstanceOf(VersionMismatchException.class);
    assertThat(version(course)).isEqualTo(current);

    assertThat(
            deleteChild
                .deleteChild(
                    AUTHOR,
                    module,
                    ExpectedVersion.oneOf(Set.of(current - 1, current, current + 7)))
                .version())
        .isEqualTo(current + 1);
  }

  @Test
  void the_state_of_an_exercises_course_is_found_from_the_exercise() {
    ExerciseId exercise = lesson(other, 1, 1).exercises().get(2).id();

    LoadCourseStatePort.CourseState state = states().loadCourseStateOf(exercise).orElseThrow();

    assertThat(state.course()).isEqualTo(other);
    assertThat(state.published()).isFalse();
    assertThat(states().loadCourseStateOf(new ExerciseId(Long.MAX_VALUE))).isEmpty();
  }

  @Test
  void the_stored_sizes_stay_exact_through_every_kind_of_change() {
    sizesAreExact();
    assertThat(storedSize(course)).isEqualTo(new CourseSize(2 + 6 + 18, 18));

    ModuleId newModule = (ModuleId) add(course, "M", null, null).child();
    LessonId newLesson = (LessonId) add(newModule, "L", null, null).child();
    add(newLesson, "E", "video", null);
    sizesAreExact();

    move(lesson(course, 0, 0).id(), module(other, 1).id(), null);
    sizesAreExact();
    move(module(other, 0).id(), course, 1);
    sizesAreExact();
    move(lesson(course, 0, 0).exercises().get(0).id(), lesson(other, 0, 0).id(), null);
    move(lesson(course, 1, 1).id(), module(course, 2).id(), null);
    sizesAreExact();

    deleteChild.deleteChild(
        AUTHOR, lesson(course, 1, 0).exercises().get(0).id(), ExpectedVersion.any());
    sizesAreExact();
    deleteChild.deleteChild(AUTHOR, lesson(other, 0, 0).id(), ExpectedVersion.any());
    sizesAreExact();
    deleteChild.deleteChild(AUTHOR, module(course, 0).id(), ExpectedVersion.any());
    sizesAreExact();
    editCourse.editCourse(
        AUTHOR,
        new EditCourseCommand(
            course, Optional.of("Renamed"), Optional.empty(), ExpectedVersion.any()));
    sizesAreExact();
  }

  @Test
  void an_addition_past_the_node_limit_is_refused_naming_limit_and_size_and_changes_nothing() {
    CourseLimits full = fullAt(course);
    long nodes = storedSize(course).nodes();
    long current = version(course);
    Course before = tree(course);

    for (ParentId parent : List.of(course, module(course, 0).id(), lesson(course, 0, 0).id())) {
      assertThatThrownBy(
              () ->
                  add(
                      parent,
                      "One too many",
                      parent instanceof LessonId ? "text" : null,
                      null,
                      full))
          .isInstanceOf(CourseRuleException.class)
          .hasMessageContaining("would have " + (nodes + 1) + " nodes")
          .hasMessageContaining("more than the " + nodes + " a course may have");
    }

    assertThat(tree(course)).isEqualTo(before);
    assertThat(version(course)).isEqualTo(current);
    sizesAreExact();
  }

  @Test
  void a_course_at_its_limit_still_takes_changes_that_do_not_grow_it() {
    CourseLimits full = fullAt(course);
    ExerciseId exercise = lesson(course, 0, 0).exercises().get(0).id();

    move(exercise, lesson(course, 1, 2).id(), 1, full);
    deleteChild.deleteChild(AUTHOR, exercise, ExpectedVersion.any());
    add(lesson(course, 0, 0).id(), "Back to full", "text", null, full);

    assertThat(storedSize(course).nodes()).isEqualTo(full.maxNodesPerCourse());
    sizesAreExact();
  }

  @Test
  void a_move_into_a_course_it_would_take_past_the_limit_is_refused_and_changes_nothing() {
    CourseLimits full = fullAt(other);
    Course courseBefore = tree(course);
    Course otherBefore = tree(other);
    long otherNodes = storedSize(other).nodes();

    // A lesson of three exercises is four nodes.
    assertThatThrownBy(() -> move(lesson(course, 0, 0).id(), module(other, 0).id(), null, full))
        .isInstanceOf(CourseRuleException.class)
        .hasMessageContaining("would have " + (otherNodes + 4) + " nodes");

    assertThat(tree(course)).isEqualTo(courseBefore);
    assertThat(tree(other)).isEqualTo(otherBefore);
    sizesAreExact();
  }
}
