package dev.syllabus.benchmarks;

import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.NaiveJdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.profiling.StatementCounter;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The targets that run in the measuring JVM, over one database (directly or through the proxy): the
 * loaders alone, the two floors, and the steps of the breakdown. JMH builds them in each of its
 * forks; the benchmark builds them too, to count one request's statements and round trips.
 */
final class InProcessTargets implements AutoCloseable {

  /** What is served, and how far up the batched path a request goes. */
  enum Kind {
    BATCHED,
    NAIVE,
    JSON_FLOOR,
    ROW_FLOOR,
    JDBI_ROWS,
    VIEWS,
    JSON;

    /** The subject of the figures' tables that this kind measures, if any. */
    static Kind of(Subject subject) {
      return switch (subject) {
        case BATCHED_ALONE -> BATCHED;
        case NAIVE_ALONE -> NAIVE;
        case JSON_FLOOR_JDBC -> JSON_FLOOR;
        case ROW_FLOOR_JDBC -> ROW_FLOOR;
        default -> throw new IllegalArgumentException(subject + " is not served in process");
      };
    }
  }

  private final DataSource pool;
  private final DataSource floorPool;
  private final Jdbi jdbi;
  private final StatementCounter counter;
  private final JdbiCourseTreeLoader batched;
  private final BenchData data;

  InProcessTargets(PostgresDatabase database, BenchData data) {
    this.data = data;
    this.pool = Postgres.readPool(database, 8);
    this.floorPool = Postgres.floorPool(database, 2);
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    this.counter = StatementCounter.installOn(jdbi);
    this.batched = new JdbiCourseTreeLoader(jdbi);
  }

  Target target(Kind kind) {
    return switch (kind) {
      case BATCHED -> new LoaderTarget(batched, counter, data);
      case NAIVE -> new LoaderTarget(new NaiveJdbiCourseTreeLoader(jdbi), counter, data);
      case JSON_FLOOR -> new JsonFloor(floorPool, data);
      case ROW_FLOOR -> new RowFloor(pool, data);
      case JDBI_ROWS -> new JdbiRows(jdbi, data);
      case VIEWS -> new ResourceTarget(resource(), data, false);
      case JSON -> new ResourceTarget(resource(), data, true);
    };
  }

  /** The service's course resource over the batched loader; it only reads. */
  private CourseResource resource() {
    return ResourceTarget.resourceOver(jdbi, jdbi, batched);
  }

  @Override
  public void close() {
    pool.close(true);
    floorPool.close(true);
  }
}
