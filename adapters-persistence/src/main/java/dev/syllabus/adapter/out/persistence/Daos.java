package dev.syllabus.adapter.out.persistence;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.mapper.RowMappers;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.sqlobject.SqlObjectFactory;

/**
 * Prepares a Jdbi for the SqlObject DAOs the adapters attach to their handles: the row mappers the
 * DAOs return, statement templates parsed once ({@link NamedStatementTemplates}), and what Jdbi
 * works out about each DAO interface. The row records stay package-private, which Jdbi's reflective
 * mappers cannot construct, so hand-written mappers read columns by index.
 *
 * <p>Both are set on the Jdbi once, not on each handle: a handle starts from a copy of the Jdbi's
 * configuration, so what is there is reused by every request, and what is only on a handle is
 * thrown away with it. Otherwise attaching a DAO reflects over its interface again on every handle:
 * 17% of the request thread for an S-sized course through HTTP.
 */
final class Daos {

  private static final List<Class<?>> DAOS =
      List.of(
          CourseTreeWriteDao.class,
          CourseEditDao.class,
          CourseStateDao.class,
          CompletionDao.class,
          CompletionWriteDao.class,
          PastImportDao.class);

  private Daos() {}

  /** Prepares the Jdbi, once however many adapters share it; returns it. */
  static Jdbi prepare(Jdbi jdbi) {
    synchronized (jdbi) {
      RowMappers mappers = jdbi.getConfig(RowMappers.class);
      if (mappers.findFor(CourseRow.class).isPresent()) {
        return jdbi;
      }
      mappers
          .register(CourseRow.class, CourseRow.MAPPER)
          .register(ModuleRow.class, ModuleRow.MAPPER)
          .register(LessonRow.class, LessonRow.MAPPER)
          .register(InsertedChild.class, InsertedChild.MAPPER)
          .register(PlaceRow.class, PlaceRow.MAPPER)
          .register(CourseStateRow.class, CourseStateRow.MAPPER)
          .register(PastImportRow.class, PastImportRow.MAPPER)
          .register(SubtreeRow.class, SubtreeRow.MAPPER)
          .register(PathRow.class, PathRow.MAPPER)
          .register(LessonCountRow.class, LessonCountRow.MAPPER)
          .register(CourseCountRow.class, CourseCountRow.MAPPER);
      jdbi.getConfig(SqlStatements.class).setTemplateEngine(new NamedStatementTemplates());
      Extensions extensions = jdbi.getConfig(Extensions.class);
      extensions.register(CourseTreeQueries.FACTORY);
      extensions
          .findFactory(SqlObjectFactory.class)
          .ifPresent(factory -> DAOS.forEach(dao -> extensions.findMetadata(dao, factory)));
      return jdbi;
    }
  }
}
