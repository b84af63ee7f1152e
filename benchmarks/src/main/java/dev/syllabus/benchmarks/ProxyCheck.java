package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Measures what the proxy really adds to one round trip: {@code select 1} through it and not. */
final class ProxyCheck {

  private static final int TRIES = 400;

  private ProxyCheck() {}

  /** The median through the proxy minus the median without it, in milliseconds. */
  static double addedMillis(PostgresDatabase direct, PostgresDatabase proxied) throws SQLException {
    try (Connection near = direct.connect();
        Connection far = proxied.connect()) {
      long[] nearNanos = new long[TRIES];
      long[] farNanos = new long[TRIES];
      try (PreparedStatement nearSelect = near.prepareStatement("select 1");
          PreparedStatement farSelect = far.prepareStatement("select 1")) {
        for (int warmUp = 0; warmUp < 50; warmUp++) {
          once(nearSelect);
          once(farSelect);
        }
        for (int i = 0; i < TRIES; i++) {
          nearNanos[i] = once(nearSelect);
          farNanos[i] = once(farSelect);
        }
      }
      return (Samples.of(farNanos, TRIES).percentile(50)
              - Samples.of(nearNanos, TRIES).percentile(50))
          / 1e6;
    }
  }

  private static long once(PreparedStatement select) throws SQLException {
    long start = System.nanoTime();
    try (ResultSet result = select.executeQuery()) {
      result.next();
    }
    return System.nanoTime() - start;
  }
}
