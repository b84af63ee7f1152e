package dev.syllabus.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlTextTest {

  @Test
  void one_statement_with_or_without_a_final_semicolon() {
    assertThat(SqlText.statementsIn("select 1")).isEqualTo(1);
    assertThat(SqlText.statementsIn("select 1;\n")).isEqualTo(1);
  }

  @Test
  void statements_sent_together_count_one_each() {
    assertThat(SqlText.statementsIn("select 1;\nselect 2; select 3")).isEqualTo(3);
  }

  @Test
  void semicolons_in_strings_names_dollar_quotes_and_comments_separate_nothing() {
    assertThat(SqlText.statementsIn("select 'a;b', 'it''s;' from \"x;y\"")).isEqualTo(1);
    assertThat(SqlText.statementsIn("select $q$;$q$, $$;$$ where id = $1")).isEqualTo(1);
    assertThat(SqlText.statementsIn("/* Dao.method; */ select 1 -- one;\n")).isEqualTo(1);
  }

  @Test
  void a_leading_comment_names_the_statements_without_being_one() {
    assertThat(SqlText.statementsIn("/* CourseTreeDao.levelsOf */ select 1;\nselect 2"))
        .isEqualTo(2);
  }

  @Test
  void a_commit_sent_with_statements_ends_their_transaction_and_is_not_one() {
    assertThat(SqlText.statementsIn("select 1;\nselect 2;\ncommit")).isEqualTo(2);
    assertThat(SqlText.statementsIn("select 1; COMMIT ;")).isEqualTo(1);
    assertThat(SqlText.statementsIn("select commit_time from t; select 'commit'")).isEqualTo(2);
  }

  @Test
  void empty_statements_do_not_count_but_a_text_is_at_least_one() {
    assertThat(SqlText.statementsIn("select 1;;\n;")).isEqualTo(1);
    assertThat(SqlText.statementsIn("")).isEqualTo(1);
  }
}
