package dev.syllabus.adapter.out.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database by its JDBC URL and credentials, with what it takes to create it on its
 * server when it is missing and to drop it: the service creates its database on first start, and
 * every test class works in a fresh one.
 */
public record PostgresDatabase(String url, String user, String password) {

  private static final Pattern URL =
      Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^/?]+)(\\?.*)?$");
  private static final String INVALID_CATALOG_NAME = "3D000";
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  public PostgresDatabase {
    Objects.requireNonNull(url, "url");
    if (!URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "Expected a JDBC URL like jdbc:postgresql://host:5432/database, got " + url);
    }
    password = password == null ? "" : password;
  }

  /** The database's name, as the URL gives it. */
  public String name() {
    return part(2);
  }

  /** Another database on the same server, reached with the same credentials and options. */
  public PostgresDatabase sibling(String name) {
    return new PostgresDatabase(part(1) + name + part(3), user, password);
  }

  /** A new connection, outside any pool. */
  public Connection connect() throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(url, properties);
  }

  /** Whether the server answers and the database exists. */
  public boolean exists() throws SQLException {
    try (Connection ignored = connect()) {
      return true;
    } catch (SQLException e) {
      if (INVALID_CATALOG_NAME.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Creates the database through the server's {@code postgres} database unless it exists.
   *
   * @return whether it had to be created
   */
  public boolean createIfMissing() {
    try {
      if (exists()) {
        return false;
      }
      runOnServer("create database " + quotedName());
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Database '"
              + name()
              + "' at "
              + url
              + " does not exist or cannot be reached, and could not be created ("
              + e.getMessage()
              + "). Start PostgreSQL, create the database (createdb "
              + name()
              + ") or point DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD at one.",
          e);
    }
  }

  /** Drops the database, closing any connection still open to it. */
  public void drop() throws SQLException {
    runOnServer("drop database if exists " + quotedName() + " with (force)");
  }

  private void runOnServer(String sql) throws SQLException {
    try (Connection server = sibling("postgres").connect();
        Statement statement = server.createStatement()) {
      statement.execute(sql);
    }
  }

  private String quotedName() {
    if (!NAME.matcher(name()).matches()) {
      throw new IllegalArgumentException("Not a plain database name: " + name());
    }
    return '"' + name() + '"';
  }

  private String part(int group) {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      throw new IllegalStateException(url);
    }
    return Objects.requireNonNullElse(matcher.group(group), "");
  }
}
