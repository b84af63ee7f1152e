package dev.syllabus.adapter.out.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in PostgreSQL's write-ahead log (an LSN, {@code 16/B374D848}): where a write ended on
 * the primary, how far a replica has replayed. Positions only grow, so a replica that has replayed
 * one has every change committed before it.
 */
public record WalPosition(long value) implements Comparable<WalPosition> {

  /** Before any write. */
  public static final WalPosition START = new WalPosition(0);

  private static final Pattern TEXT = Pattern.compile("([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})");

  public WalPosition {
    if (value < 0) {
      throw new IllegalArgumentException("A WAL position is not negative: " + value);
    }
  }

  /**
   * The position PostgreSQL writes as {@code pg_lsn} text.
   *
   * @throws IllegalArgumentException if the text is not one
   */
  public static WalPosition parse(String text) {
    Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "expected a WAL position such as 0/3000148, was '" + text + "'");
    }
    return new WalPosition(
        Long.parseLong(matcher.group(1), 16) << 32 | Long.parseLong(matcher.group(2), 16));
  }

  public boolean isAtLeast(WalPosition other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(WalPosition other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toHexString(value >>> 32).toUpperCase(java.util.Locale.ROOT)
        + "/"
        + Long.toHexString(value & 0xFFFF_FFFFL).toUpperCase(java.util.Locale.ROOT);
  }
}
