package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Which {@link ReplicaRouter} the reads on a Jdbi go through, kept in the Jdbi's configuration so
 * that every adapter on it finds the router without being handed it: none unless {@link #routeWith}
 * says so.
 */
public final class ReadRouting implements JdbiConfig<ReadRouting> {

  private volatile ReplicaRouter router = ReplicaRouter.none();

  public ReadRouting() {}

  /** The router of the reads on this Jdbi. */
  static ReplicaRouter of(Jdbi jdbi) {
    return jdbi.getConfig(ReadRouting.class).router;
  }

  /** Makes the reads on the Jdbi go through the router (whose data source the Jdbi must be on). */
  public static void routeWith(Jdbi jdbi, ReplicaRouter router) {
    jdbi.getConfig(ReadRouting.class).router = router;
  }

  // One instance per Jdbi, shared by its handles, as DatabaseFailures is.
  @Override
  public ReadRouting createCopy() {
    return this;
  }
}
