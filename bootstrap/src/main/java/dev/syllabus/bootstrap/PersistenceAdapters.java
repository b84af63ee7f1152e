package dev.syllabus.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.adapter.out.persistence.DatabaseFailures;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseStateLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeEditor;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.JdbiPastImports;
import dev.syllabus.adapter.out.persistence.JdbiUnitOfWork;
import dev.syllabus.adapter.out.persistence.NaiveJdbiCourseTreeLoader;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.profiling.StatementCounter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driven adapters, chosen as the persistence settings say. On PostgreSQL, those that only read
 * run on the Jdbi whose transactions are snapshots, those that write (and the reads their checks
 * need) on the other; in memory, one store serves every port.
 */
final class PersistenceAdapters {

  private static final Logger LOG = LoggerFactory.getLogger(PersistenceAdapters.class);

  private PersistenceAdapters() {}

  /** The ports, and the counter of the statements their adapters run (none, in memory). */
  record Chosen(SyllabusPorts ports, StatementCounter statements) {}

  static Chosen choose(SyllabusConfiguration configuration, Environment environment) {
    return switch (configuration.getPersistence().getAdapter()) {
      case JDBI -> onPostgres(configuration, environment);
      case MEMORY -> inMemory(environment);
    };
  }

  private static Chosen onPostgres(SyllabusConfiguration configuration, Environment environment) {
    // Managed before the pools, so that it stops after them.
    EmbeddedPostgresServer.startIfWanted(configuration.getDataSourceFactory())
        .ifPresent(environment.lifecycle()::manage);
    DatabaseSetup.prepare(configuration);
    JdbiFactory jdbis = new JdbiFactory();
    Jdbi writes =
        jdbis.build(
            environment,
            configuration.getDataSourceFactory(),
            DatabaseSetup.writePool(configuration, environment.metrics()),
            "database");
    Jdbi reads =
        jdbis.build(
            environment,
            configuration.getDataSourceFactory(),
            DatabaseSetup.readPool(configuration, environment.metrics()),
            "database-reads");
    return new Chosen(
        over(reads, writes, configuration.getPersistence()),
        StatementCounter.installOn(writes, reads));
  }

  private static Chosen inMemory(Environment environment) {
    LOG.warn(
        "persistence.adapter is memory: courses, changes and completions live only as long as"
            + " this process, and no database is used. Set persistence.adapter: jdbi to keep them.");
    InMemoryCourseStore store = new InMemoryCourseStore();
    // Under the name the readiness configuration gives the store's check (health.healthChecks):
    // the same configuration serves both adapters.
    environment.healthChecks().register("database", new InMemoryHealthCheck());
    return new Chosen(
        new SyllabusPorts(store, store, store, store, store, store, store, store, store),
        StatementCounter.onNoDatabase());
  }

  /** Always healthy, and says where the data is: an operator reading it knows it will not last. */
  private static final class InMemoryHealthCheck extends HealthCheck {
    @Override
    protected Result check() {
      return Result.healthy(
          "no database (persistence.adapter is memory): the data lives only as long as the process");
    }
  }

  static SyllabusPorts over(Jdbi reads, Jdbi writes, PersistenceSettings settings) {
    DatabaseFailures.of(writes).shareWith(reads);
    return new SyllabusPorts(
        new JdbiUnitOfWork(reads, writes),
        loader(reads, settings),
        new JdbiCompletionStore(reads, settings.getMaxIdsPerStatement()),
        JdbiCourseStateLoader.forReads(reads),
        new JdbiCourseTreeWriter(writes),
        new JdbiCourseTreeEditor(writes),
        JdbiCourseStateLoader.forWrites(writes),
        new JdbiCompletionStore(writes, settings.getMaxIdsPerStatement()),
        new JdbiPastImports(writes));
  }

  /** The tree loader the settings choose. */
  static LoadCourseTreesPort loader(Jdbi jdbi, PersistenceSettings settings) {
    return switch (settings.getLoading()) {
      case BATCHED ->
          new JdbiCourseTreeLoader(
              jdbi, settings.getMaxIdsPerStatement(), settings.getExercisesPerFetch());
      case NAIVE -> new NaiveJdbiCourseTreeLoader(jdbi);
    };
  }
}
