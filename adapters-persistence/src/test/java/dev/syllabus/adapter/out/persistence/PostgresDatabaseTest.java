package dev.syllabus.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDatabaseTest {

  @Test
  void a_sibling_keeps_the_server_options_and_credentials() {
    PostgresDatabase database =
        new PostgresDatabase("jdbc:postgresql://db:5433/syllabus?ssl=true", "app", "secret");

    PostgresDatabase sibling = database.sibling("postgres");

    assertThat(database.name()).isEqualTo("syllabus");
    assertThat(sibling.url()).isEqualTo("jdbc:postgresql://db:5433/postgres?ssl=true");
    assertThat(sibling.user()).isEqualTo("app");
    assertThat(sibling.password()).isEqualTo("secret");
  }

  @Test
  void a_url_without_a_database_name_is_refused_with_an_example() {
    assertThatThrownBy(() -> new PostgresDatabase("jdbc:postgresql://db:5432/", "u", "p"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://host:5432/database");
  }

  @Test
  void a_missing_database_is_created_once_and_dropped() throws SQLException {
    PostgresDatabase database = TestPostgresServer.get().sibling("syllabus_test_create_drop");
    database.drop();

    assertThat(database.exists()).isFalse();
    assertThat(database.createIfMissing()).isTrue();
    assertThat(database.createIfMissing()).isFalse();
    assertThat(database.exists()).isTrue();
    database.drop();
    assertThat(database.exists()).isFalse();
  }

  @Test
  void a_server_that_does_not_answer_is_explained() {
    PostgresDatabase nowhere =
        new PostgresDatabase("jdbc:postgresql://127.0.0.1:1/syllabus", "postgres", "");

    assertThatThrownBy(nowhere::createIfMissing)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be created")
        .hasMessageContaining("DATABASE_URL");
  }
}
