package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTreeStatementsTest {

  @RegisterExtension static final FreshDatabase DATABASE = FreshDatabase.perClass();

  @ParameterizedTest
  @ValueSource(
      strings = {
        CourseTreeStatements.COURSES_WITH_IDS,
        CourseTreeStatements.COURSES_AFTER,
        CourseTreeStatements.MODULES_OF,
        CourseTreeStatements.LESSONS_OF,
        CourseTreeStatements.EXERCISES_OF
      })
  void the_jdbc_form_of_a_statement_is_what_jdbi_itself_sends(String statement) {
    ParsedSql jdbi = DATABASE.jdbi().withHandle(handle -> parse(handle, statement));

    CourseTreeStatements.Jdbc jdbc = CourseTreeStatements.jdbc(statement);

    assertThat(jdbc.sql()).isEqualTo(jdbi.getSql());
    assertThat(jdbc.parameters()).isEqualTo(jdbi.getParameters().getParameterNames());
  }

  @Test
  void a_parameter_named_twice_is_bound_twice() {
    assertThat(CourseTreeStatements.jdbc(CourseTreeStatements.COURSES_AFTER).parameters())
        .isEqualTo(List.of("after", "published", "published", "limit"));
  }

  private static ParsedSql parse(Handle handle, String statement) {
    return handle
        .getConfig(SqlStatements.class)
        .getSqlParser()
        .parse(statement, handle.createQuery(statement).getContext());
  }
}
