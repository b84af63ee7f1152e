package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.Handle;

/**
 * Attaches the SqlObject DAOs to a handle with the row mappers they return. The row records stay
 * package-private, which Jdbi's reflective mappers cannot construct, and hand-written mappers read
 * columns by index.
 */
final class Daos {

  private Daos() {}

  static <T> T attach(Handle handle, Class<T> dao) {
    return handle
        .registerRowMapper(CourseRow.class, CourseRow.MAPPER)
        .registerRowMapper(ModuleRow.class, ModuleRow.MAPPER)
        .registerRowMapper(LessonRow.class, LessonRow.MAPPER)
        .registerRowMapper(ExerciseRow.class, ExerciseRow.MAPPER)
        .registerRowMapper(InsertedChild.class, InsertedChild.MAPPER)
        .registerRowMapper(NodePlace.class, NodePlace.MAPPER)
        .registerRowMapper(CourseStateRow.class, CourseStateRow.MAPPER)
        .attach(dao);
  }
}
