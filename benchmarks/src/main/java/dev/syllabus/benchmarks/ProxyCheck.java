package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Measures what the proxy really adds to one round trip, {@code select 1} through it and not, and
 * sets its hold so that, forwarding included, it adds the delay asked for.
 */
final class ProxyCheck {

  private static final int TRIES = 400;

  private ProxyCheck() {}

  /**
   * What forwarding alone added, the hold chosen, and what forwarding and hold add together (ms).
   */
  record Calibration(double forwardingMillis, double holdMillis, double addedMillis) {}

  /**
   * Holds each burst for the asked delay less what the proxy's forwarding and waking cost by
   * themselves: starts from the forwarding cost without a hold, then corrects the hold by what it
   * measures, a few times.
   */
  static Calibration calibrate(
      DelayProxy proxy, PostgresDatabase direct, PostgresDatabase proxied, Duration asked)
      throws SQLException {
    proxy.delay(Duration.ZERO);
    double forwarding = Math.max(0, addedMillis(direct, proxied));
    double askedMillis = asked.toNanos() / 1e6;
    double hold = Math.max(0, askedMillis - forwarding);
    double added = forwarding;
    for (int correction = 0; correction < 4; correction++) {
      proxy.delay(Duration.ofNanos(Math.round(hold * 1e6)));
      added = addedMillis(direct, proxied);
      if (Math.abs(added - askedMillis) < 0.02) {
        break;
      }
      hold = Math.max(0, hold + askedMillis - added);
    }
    return new Calibration(forwarding, proxy.delay().toNanos() / 1e6, added);
  }

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
