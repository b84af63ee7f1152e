package dev.syllabus.benchmarks;

import java.util.Locale;

/** How figures read in the table: a few significant digits, binary units for bytes. */
public final class Format {

  private Format() {}

  public static String millis(double millis) {
    if (millis < 0) {
      return "–";
    }
    if (millis < 10) {
      return String.format(Locale.ROOT, "%.2f", millis);
    }
    return millis < 100
        ? String.format(Locale.ROOT, "%.1f", millis)
        : String.format(Locale.ROOT, "%,.0f", millis);
  }

  /** A difference of two medians, which noise can make negative. */
  static String signedMillis(double millis) {
    String magnitude = millis(Math.abs(millis));
    return (millis < 0 ? "−" : "+") + magnitude;
  }

  static String bytes(long bytes) {
    if (bytes < 0) {
      return "–";
    }
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  static String ratio(double ratio) {
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return "–";
    }
    return ratio < 10
        ? String.format(Locale.ROOT, "%.2f×", ratio)
        : String.format(Locale.ROOT, "%.0f×", ratio);
  }

  public static String rate(double perSecond) {
    if (perSecond < 0) {
      return "–";
    }
    return perSecond < 10
        ? String.format(Locale.ROOT, "%.2f", perSecond)
        : String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  public static String count(double count) {
    if (count < 0) {
      return "–";
    }
    return count == Math.rint(count)
        ? String.format(Locale.ROOT, "%,d", (long) count)
        : String.format(Locale.ROOT, "%,.1f", count);
  }
}
