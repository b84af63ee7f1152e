package dev.syllabus.application.port.out;

import static dev.syllabus.application.port.out.CourseTreeFixtures.asDraft;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.Subtrees;
import dev.syllabus.domain.course.TreeDepth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link LoadCourseTreesPort} (and of the {@link CreateCourseTreesPort} that
 * fills it) must do. Each adapter's test extends this class and says how to reach its store, which
 * starts empty for every test.
 */
public abstract class LoadCourseTreesPortContract {

  /** The port under test. */
  protected abstract LoadCourseTreesPort loader();

  /** Writes into the same store the loader reads. */
  protected abstract CreateCourseTreesPort creator();

  private CourseId create(CourseDraft draft) {
    return creator().createCourseTrees(List.of(draft)).get(0);
  }

  @Test
  void a_created_tree_loads_back_with_every_level_in_position_order() {
    CourseDraft draft = new CourseShape(3, 4, 5).draft("Algebra", true);

    CourseId id = create(draft);
    List<Course> loaded = loader().loadCourseTrees(List.of(id));

    assertThat(loaded).hasSize(1);
    assertThat(loaded.get(0).id()).isEqualTo(id);
    assertThat(asDraft(loaded.get(0))).isEqualTo(draft);
    assertThat(CourseTreeFixtures.positionsAreDense(loaded.get(0))).isTrue();
  }

  @Test
  void created_trees_are_answered_exactly_as_they_load_back() {
    List<CourseDraft> drafts =
        List.of(
            new CourseShape(3, 4, 5).draft("First", true),
            new CourseDraft("Bare", false, List.of()),
            new CourseShape(2, 1, 3).draft("Third", false));

    List<Course> created = creator().createCourses(drafts);

    assertThat(created).extracting(Course::version).containsOnly(1L);
    assertThat(created).extracting(CourseTreeFixtures::asDraft).containsExactlyElementsOf(drafts);
    assertThat(loader().loadCourseTrees(created.stream().map(Course::id).toList()))
        .containsExactlyElementsOf(created);
  }

  @Test
  void every_exercise_type_survives_the_round_trip() {
    List<ExerciseDraft> exercises =
        List.of(ExerciseType.values()).stream()
            .map(type -> new ExerciseDraft(type, "A " + type.code() + " exercise"))
            .toList();
    CourseDraft draft =
        new CourseDraft(
            "Types",
            false,
            List.of(new ModuleDraft("M", List.of(new LessonDraft("L", exercises)))));

    Course loaded = loader().loadCourseTrees(List.of(create(draft))).get(0);

    assertThat(asDraft(loaded)).isEqualTo(draft);
  }

  @Test
  void empty_levels_load_as_empty_lists() {
    CourseDraft draft =
        new CourseDraft(
            "Sparse",
            true,
            List.of(
                new ModuleDraft("No lessons", List.of()),
                new ModuleDraft("One empty lesson", List.of(new LessonDraft("Empty", List.of())))));
    CourseDraft bare = new CourseDraft("Bare", true, List.of());

    List<CourseId> ids = creator().createCourseTrees(List.of(draft, bare));

    assertThat(loader().loadCourseTrees(ids))
        .extracting(CourseTreeFixtures::asDraft)
        .containsExactly(draft, bare);
  }

  @Test
  void several_trees_load_together_ordered_by_id_and_each_keeps_its_own_children() {
    List<CourseDraft> drafts =
        List.of(
            new CourseShape(1, 2, 3).draft("First", true),
            new CourseShape(2, 1, 1).draft("Second", false),
            new CourseShape(3, 3, 0).draft("Third", true));
    List<CourseId> ids = creator().createCourseTrees(drafts);

    List<Course> loaded = loader().loadCourseTrees(List.of(ids.get(2), ids.get(0), ids.get(1)));

    assertThat(loaded).extracting(Course::id).containsExactlyElementsOf(ids);
    assertThat(loaded).extracting(CourseTreeFixtures::asDraft).containsExactlyElementsOf(drafts);
  }

  @Test
  void ids_that_do_not_exist_are_left_out() {
    CourseId existing = create(new CourseShape(1, 1, 1).draft("Exists", true));

    assertThat(loader().loadCourseTrees(List.of(new CourseId(existing.value() + 1_000_000))))
        .isEmpty();
    assertThat(loader().loadCourseTrees(List.of())).isEmpty();
    assertThat(loader().loadCourseTrees(List.of(existing, new CourseId(Long.MAX_VALUE))))
        .extracting(Course::id)
        .containsExactly(existing);
  }

  @Test
  void a_filter_pages_by_id_and_says_whether_more_follow() {
    List<CourseId> ids =
        creator()
            .createCourseTrees(
                List.of(
                    new CourseShape(1, 1, 1).draft("A", true),
                    new CourseShape(1, 1, 1).draft("B", true),
                    new CourseShape(1, 1, 1).draft("C", true)));

    CourseTreeSlice first =
        loader().loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.empty(), 2));
    CourseTreeSlice second =
        loader()
            .loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.of(ids.get(1)), 2));

    assertThat(first.courses()).extracting(Course::id).containsExactly(ids.get(0), ids.get(1));
    assertThat(first.hasMore()).isTrue();
    assertThat(second.courses()).extracting(Course::id).containsExactly(ids.get(2));
    assertThat(second.hasMore()).isFalse();
    assertThat(asDraft(second.courses().get(0)).modules()).hasSize(1);
  }

  @Test
  void a_filter_on_publication_keeps_only_matching_courses() {
    List<CourseId> ids =
        creator()
            .createCourseTrees(
                List.of(
                    new CourseShape(1, 1, 1).draft("Draft", false),
                    new CourseShape(1, 1, 1).draft("Live", true)));

    CourseTreeSlice published =
        loader().loadCourseTrees(new CourseTreeFilter(Optional.of(true), Optional.empty(), 10));
    CourseTreeSlice unpublished =
        loader().loadCourseTrees(new CourseTreeFilter(Optional.of(false), Optional.empty(), 10));

    assertThat(published.courses()).extracting(Course::id).containsExactly(ids.get(1));
    assertThat(unpublished.courses()).extracting(Course::id).containsExactly(ids.get(0));
    assertThat(published.hasMore()).isFalse();
  }

  @Test
  void a_filter_on_an_empty_store_finds_nothing() {
    CourseTreeSlice slice =
        loader().loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.empty(), 5));

    assertThat(slice.courses()).isEmpty();
    assertThat(slice.hasMore()).isFalse();
  }

  @Test
  void created_ids_come_back_in_the_order_of_the_drafts() {
    List<CourseDraft> drafts =
        List.of(
            new CourseShape(0, 0, 0).draft("One", true),
            new CourseShape(0, 0, 0).draft("Two", true),
            new CourseShape(0, 0, 0).draft("Three", true));

    List<CourseId> ids = creator().createCourseTrees(drafts);

    assertThat(ids).doesNotHaveDuplicates().hasSize(3);
    assertThat(ids.stream().map(id -> loader().loadCourseTrees(List.of(id)).get(0).title()))
        .containsExactly("One", "Two", "Three");
  }

  @Test
  void a_page_ends_early_where_its_exercises_would_exceed_the_budget_and_the_rest_follows() {
    // 12, 12, 2 and 30 exercises; a page carries 25.
    List<CourseId> ids =
        creator()
            .createCourseTrees(
                List.of(
                    new CourseShape(2, 2, 3).draft("A", true),
                    new CourseShape(2, 3, 2).draft("B", true),
                    new CourseShape(1, 1, 2).draft("C", true),
                    new CourseShape(3, 2, 5).draft("D", true)));
    CourseLimits limits = new CourseLimits(1_000, 25);

    CourseTreeSlice first =
        loader()
            .loadCourseTrees(new CourseTreeFilter(Optional.empty(), Optional.empty(), 10, limits));
    CourseTreeSlice second =
        loader()
            .loadCourseTrees(
                new CourseTreeFilter(Optional.empty(), Optional.of(ids.get(1)), 10, limits));
    CourseTreeSlice third =
        loader()
            .loadCourseTrees(
                new CourseTreeFilter(Optional.empty(), Optional.of(ids.get(2)), 10, limits));

    assertThat(first.courses()).extracting(Course::id).containsExactly(ids.get(0), ids.get(1));
    assertThat(first.hasMore()).isTrue();
    assertThat(second.courses()).extracting(Course::id).containsExactly(ids.get(2));
    assertThat(second.hasMore()).isTrue();
    // Heavier than the whole budget, and still served: alone on its page.
    assertThat(third.courses()).extracting(Course::id).containsExactly(ids.get(3));
    assertThat(third.courses().get(0).exerciseIds()).hasSize(30);
    assertThat(third.hasMore()).isFalse();
  }

  @Test
  void a_depth_leaves_the_levels_below_it_empty_and_keeps_everything_above() {
    CourseId id = create(new CourseShape(3, 4, 5).draft("Outline", true));
    Course whole = loader().loadCourseTrees(List.of(id)).get(0);

    for (TreeDepth depth : TreeDepth.values()) {
      assertThat(loader().loadCourseTrees(List.of(id), depth))
          .containsExactly(Subtrees.toDepth(whole, depth));
    }
    assertThat(loader().loadCourseTrees(List.of(id), TreeDepth.EXERCISES)).containsExactly(whole);
  }

  @Test
  void a_page_to_a_depth_is_the_page_with_its_trees_cut_to_it() {
    create(new CourseShape(2, 2, 2).draft("One", true));
    create(new CourseShape(1, 3, 1).draft("Two", true));
    CourseTreeFilter filter = new CourseTreeFilter(Optional.empty(), Optional.empty(), 5);
    CourseTreeSlice whole = loader().loadCourseTrees(filter);

    CourseTreeSlice outline = loader().loadCourseTrees(filter, TreeDepth.LESSONS);

    assertThat(outline.courses())
        .containsExactlyElementsOf(
            whole.courses().stream().map(c -> Subtrees.toDepth(c, TreeDepth.LESSONS)).toList());
    assertThat(outline.hasMore()).isEqualTo(whole.hasMore());
  }

  @Test
  void a_module_or_lesson_subtree_is_its_course_cut_to_the_path_and_the_depth() {
    CourseId id = create(new CourseShape(3, 4, 5).draft("Subtrees", false));
    Course whole = loader().loadCourseTrees(List.of(id)).get(0);
    ModuleId module = whole.modules().get(1).id();
    LessonId lesson = whole.modules().get(2).lessons().get(3).id();

    for (TreeDepth depth : TreeDepth.values()) {
      assertThat(loader().loadSubtree(module, depth)).isEqualTo(Subtrees.of(whole, module, depth));
    }
    assertThat(loader().loadSubtree(lesson, TreeDepth.EXERCISES))
        .isEqualTo(Subtrees.of(whole, lesson, TreeDepth.EXERCISES));
    assertThat(loader().loadSubtree(lesson, TreeDepth.LESSONS))
        .isEqualTo(Subtrees.of(whole, lesson, TreeDepth.LESSONS));
    assertThat(loader().loadSubtree(lesson, TreeDepth.EXERCISES).orElseThrow().version())
        .isEqualTo(whole.version());
  }

  @Test
  void a_node_that_does_not_exist_has_no_subtree() {
    assertThat(loader().loadSubtree(new ModuleId(999_999), TreeDepth.EXERCISES)).isEmpty();
    assertThat(loader().loadSubtree(new LessonId(999_999), TreeDepth.LESSONS)).isEmpty();
  }
}
