package dev.syllabus.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.db.ManagedPooledDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gets the configured database ready before anything uses it: created if missing, migrated. */
final class DatabaseSetup {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseSetup.class);

  private DatabaseSetup() {}

  /** Creates the database if it is missing, or fails with what to do about it. */
  static void createIfMissing(SyllabusConfiguration configuration) {
    PostgresDatabase database = configuration.postgresDatabase();
    if (database.createIfMissing()) {
      LOG.info("Created database {} at {}", database.name(), database.url());
    }
  }

  /** Creates the database if missing and, unless configured not to, applies the changelog. */
  static void prepare(SyllabusConfiguration configuration) {
    createIfMissing(configuration);
    if (configuration.getPersistence().isMigrateOnStart()) {
      LiquibaseSchema.migrate(configuration.postgresDatabase());
    }
  }

  /** The pool for writes, and for reads inside them: every wait bounded as configured. */
  static ManagedDataSource writePool(SyllabusConfiguration configuration, MetricRegistry metrics) {
    DatabaseSettings settings = configuration.getDataSourceFactory();
    settings.boundWrites();
    return pool(settings, metrics, "database");
  }

  /** The pool for reads: bounded as the other, and every transaction a read-only snapshot. */
  static ManagedDataSource readPool(SyllabusConfiguration configuration, MetricRegistry metrics) {
    DatabaseSettings settings = configuration.getDataSourceFactory();
    settings.boundSnapshotReads();
    return pool(settings, metrics, "database-reads");
  }

  /** The pool of a replica's reads: bounded as the primary's, and every transaction a snapshot. */
  static ManagedDataSource replicaPool(
      DatabaseSettings settings, MetricRegistry metrics, String name) {
    settings.boundSnapshotReads();
    // A replica that is down when the service starts, or has not yet replayed the database's
    // creation on the primary, must not stop the start: its checks keep it out of rotation until
    // it answers, and the pool makes its connections then.
    settings.setIgnoreExceptionOnPreLoad(true);
    return pool(settings, metrics, name);
  }

  /**
   * A pool as configured, but handing out the driver's own statements and result sets. By default
   * Tomcat's pool wraps each in a JDK proxy, and a proxy boxes every value read: about 16 MiB more
   * for a course of 100,000 exercises. What the proxy guards against, a statement used after it was
   * closed, Jdbi already rules out by closing what it opens.
   */
  private static ManagedDataSource pool(
      DatabaseSettings settings, MetricRegistry metrics, String name) {
    ManagedDataSource pool = settings.build(metrics, name);
    if (pool instanceof ManagedPooledDataSource tomcat) {
      tomcat.setUseStatementFacade(false);
    }
    return pool;
  }
}
