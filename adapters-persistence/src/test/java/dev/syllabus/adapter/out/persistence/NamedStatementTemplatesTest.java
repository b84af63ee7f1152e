package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What PostgreSQL receives once {@link Daos} has set the template engine: each DAO statement named
 * by its method, its {@code <attributes>} rendered, a statement outside any DAO as written.
 */
class NamedStatementTemplatesTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.perClass();

  /** A Jdbi as {@link Daos} prepares it, each statement's text added to {@code sent} as it goes. */
  private static Jdbi recordingWhatIsSent(List<String> sent) {
    Jdbi jdbi =
        Daos.prepare(
            Jdbi.create(DB.database().url(), DB.database().user(), DB.database().password())
                .installPlugin(new SqlObjectPlugin()));
    jdbi.getConfig(SqlStatements.class)
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                sent.add(context.getRenderedSql());
              }
            });
    return jdbi;
  }

  @Test
  void statements_reach_the_server_named_by_their_dao_method_with_their_attributes_rendered() {
    List<String> sent = new CopyOnWriteArrayList<>();
    Jdbi jdbi = recordingWhatIsSent(sent);

    jdbi.useHandle(
        handle -> {
          handle.attach(CourseStateDao.class).courseState(1);
          handle.attach(CourseEditDao.class).countChildren("course_modules", "course_id", 1);
          handle.attach(CourseTreeDao.class).modulesOf(new long[] {1});
          handle.createQuery("select 1").mapTo(int.class).one();
        });

    assertThat(sent).hasSize(4);
    assertThat(sent.get(0)).startsWith("/* CourseStateDao.courseState */ select ");
    assertThat(sent.get(1))
        .isEqualTo(
            "/* CourseEditDao.countChildren */ select count(*) from course_modules"
                + " where course_id = :parent");
    assertThat(sent.get(2))
        .isEqualTo("/* CourseTreeDao.modulesOf */ " + CourseTreeStatements.MODULES_OF);
    assertThat(sent.get(3)).isEqualTo("select 1");
  }

  @Test
  void a_statement_without_attributes_is_the_same_text_at_every_execution_and_only_its_own() {
    List<String> sent = new CopyOnWriteArrayList<>();
    Jdbi jdbi = recordingWhatIsSent(sent);

    jdbi.useHandle(
        handle -> {
          CourseTreeDao dao = handle.attach(CourseTreeDao.class);
          dao.modulesOf(new long[] {1});
          dao.lessonsOf(new long[] {1});
          dao.modulesOf(new long[] {2});
        });
    jdbi.useHandle(handle -> handle.attach(CourseTreeDao.class).modulesOf(new long[] {3}));

    assertThat(sent).hasSize(4);
    assertThat(sent.get(0))
        .isEqualTo("/* CourseTreeDao.modulesOf */ " + CourseTreeStatements.MODULES_OF);
    assertThat(sent.get(1)).startsWith("/* CourseTreeDao.lessonsOf */ ");
    // Joined once: no copy per execution, on one handle or the next.
    assertThat(sent.get(2)).isSameAs(sent.get(0));
    assertThat(sent.get(3)).isSameAs(sent.get(0));
  }
}
