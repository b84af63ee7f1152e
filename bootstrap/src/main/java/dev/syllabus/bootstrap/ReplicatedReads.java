package dev.syllabus.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import dev.syllabus.adapter.out.persistence.Replica;
import dev.syllabus.adapter.out.persistence.ReplicaRouter;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replicas the {@code replicas} section configures, wired: a pool each, the router of the
 * reads, a check of each replica every {@code checkInterval}, its {@code /healthcheck} entry, and
 * the filter that tells the router what each client has seen.
 */
final class ReplicatedReads {

  private static final Logger LOG = LoggerFactory.getLogger(ReplicatedReads.class);

  /**
   * The check readiness depends on: whether the catalog can be read, from a replica in rotation or
   * from the primary. With the primary down, replicas keep an instance in its load balancer.
   */
  static final String CATALOG = "catalog";

  /** The check of the primary's pool of reads, which Dropwizard registers under its name. */
  static final String PRIMARY_READS = "database-reads";

  private ReplicatedReads() {}

  static ReplicaRouter router(
      SyllabusConfiguration configuration, Environment environment, ManagedDataSource primary) {
    ReplicaSettings settings = configuration.getReplicas();
    Duration maxLag = Duration.ofMillis(settings.getMaxLag().toMilliseconds());
    List<Replica> replicas = new ArrayList<>();
    for (int i = 0; i < settings.getUrls().size(); i++) {
      String name = ReplicaSettings.nameOf(i);
      ManagedDataSource pool =
          DatabaseSetup.replicaPool(
              configuration.getDataSourceFactory().forServer(settings.getUrls().get(i)),
              environment.metrics(),
              name);
      environment.lifecycle().manage(pool);
      Replica replica = new Replica(name, pool, maxLag);
      environment.healthChecks().register(name, new ReplicaHealthCheck(replica));
      replicas.add(replica);
    }
    ReplicaRouter router = new ReplicaRouter(primary, replicas);
    environment
        .healthChecks()
        .register(CATALOG, new CatalogHealthCheck(router, environment.healthChecks()));
    if (!replicas.isEmpty()) {
      ScheduledExecutorService checks =
          environment.lifecycle().scheduledExecutorService("replica-check-%d").threads(1).build();
      checks.scheduleWithFixedDelay(
          router::checkReplicas,
          0,
          settings.getCheckInterval().toMilliseconds(),
          TimeUnit.MILLISECONDS);
      environment.jersey().register(new ReadYourWritesFilter(router));
      LOG.info("Reads go to the replicas {} while they lag at most {}", replicas, maxLag);
    }
    return router;
  }

  /** Healthy while a replica is in rotation, else as the primary's pool of reads is. */
  private static final class CatalogHealthCheck extends HealthCheck {
    private final ReplicaRouter router;
    private final HealthCheckRegistry checks;

    private CatalogHealthCheck(ReplicaRouter router, HealthCheckRegistry checks) {
      this.router = router;
      this.checks = checks;
    }

    @Override
    protected Result check() {
      List<String> inRotation =
          router.replicas().stream()
              .filter(replica -> replica.status().state() == Replica.State.IN_ROTATION)
              .map(Replica::name)
              .toList();
      return inRotation.isEmpty()
          ? checks.runHealthCheck(PRIMARY_READS)
          : Result.healthy("read from " + String.join(", ", inRotation));
    }
  }

  /**
   * A replica's state and lag. Healthy whatever its state, with the state in its message and
   * details: a replica out of rotation costs the primary more reads, not the service its answers.
   */
  private static final class ReplicaHealthCheck extends HealthCheck {
    private final Replica replica;

    private ReplicaHealthCheck(Replica replica) {
      this.replica = replica;
    }

    @Override
    protected Result check() {
      Replica.Status status = replica.status();
      ResultBuilder result =
          Result.builder()
              .healthy()
              .withMessage(status.message())
              .withDetail("state", status.state().name())
              .withDetail("replayed", status.replayed().toString());
      status.lag().ifPresent(lag -> result.withDetail("lagMillis", lag.toMillis()));
      return result.build();
    }
  }
}
