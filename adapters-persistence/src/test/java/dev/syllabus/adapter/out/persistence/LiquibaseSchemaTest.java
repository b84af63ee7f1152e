package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import java.util.List;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.FastCheckService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rules the changelog gives the schema, checked on the database itself. */
class LiquibaseSchemaTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private CourseId course() {
    return new JdbiCourseTreeWriter(DB.jdbi())
        .createCourseTrees(List.of(new CourseShape(2, 2, 2).draft("C", true)))
        .get(0);
  }

  private static long count(Handle handle, String table) {
    return handle.createQuery("select count(*) from " + table).mapTo(Long.class).one();
  }

  @Test
  void migrating_an_up_to_date_database_changes_nothing() {
    LiquibaseSchema.migrate(DB.database());

    long changeSets = DB.jdbi().withHandle(h -> count(h, "databasechangelog"));

    assertThat(changeSets).isEqualTo(8);
  }

  @Test
  void deleting_a_course_removes_its_whole_subtree_and_the_completions_under_it() {
    CourseId id = course();
    List<ExerciseId> exercises =
        new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(List.of(id)).get(0).exerciseIds();
    new JdbiCompletionStore(DB.jdbi()).recordCompletions(new LearnerId(1), exercises);

    DB.jdbi().useHandle(h -> h.execute("delete from courses where id = ?", id.value()));

    DB.jdbi()
        .useHandle(
            h -> {
              assertThat(count(h, "course_modules")).isZero();
              assertThat(count(h, "lessons")).isZero();
              assertThat(count(h, "exercises")).isZero();
              assertThat(count(h, "exercise_completions")).isZero();
            });
  }

  @Test
  void two_siblings_cannot_share_a_position() {
    course();

    assertThatThrownBy(
            () ->
                DB.jdbi()
                    .useHandle(
                        h -> h.execute("update exercises set position = 1 where position = 2")))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining("exercises_lesson_position_uq");
  }

  @Test
  void the_database_refuses_unknown_exercise_types_and_blank_titles() {
    course();

    assertThatThrownBy(
            () -> DB.jdbi().useHandle(h -> h.execute("update exercises set type = 'essay'")))
        .hasMessageContaining("exercises_type_known");
    assertThatThrownBy(() -> DB.jdbi().useHandle(h -> h.execute("update lessons set title = ' '")))
        .hasMessageContaining("lessons_title_not_blank");
  }

  @Test
  void the_sizes_change_set_counts_the_courses_that_existed_before_it() {
    CourseId counted = course();
    CourseId empty =
        new JdbiCourseTreeWriter(DB.jdbi())
            .createCourseTrees(List.of(new CourseDraft("Empty", true, List.of())))
            .get(0);
    // Back to the schema before the change set, with the courses in it.
    DB.jdbi()
        .useHandle(
            h -> {
              h.execute("alter table courses drop column node_count, drop column exercise_count");
              h.execute("delete from databasechangelog where id = '7-course-sizes'");
            });

    // Liquibase remembers in this JVM which change sets ran on a database: make it look again.
    Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
    Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    LiquibaseSchema.migrate(DB.database());

    JdbiCourseStateLoader states = JdbiCourseStateLoader.forReads(DB.jdbi());
    // 2 modules, 4 lessons, 8 exercises.
    assertThat(states.loadCourseState(counted).orElseThrow().size())
        .isEqualTo(new CourseSize(14, 8));
    assertThat(states.loadCourseState(empty).orElseThrow().size()).isEqualTo(CourseSize.EMPTY);
  }

  @Test
  void a_size_cannot_have_more_exercises_than_nodes() {
    course();

    assertThatThrownBy(
            () ->
                DB.jdbi()
                    .useHandle(
                        h -> h.execute("update courses set node_count = exercise_count - 1")))
        .hasMessageContaining("courses_sizes_consistent");
  }
}
