package dev.syllabus.bootstrap.operations;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ids that tie a request's response, log lines and profile together: a client's own {@code
 * X-Request-Id} when it is sane, else a new one. A new id is this process's random prefix and a
 * counter, unique within the process and, through the prefix, across restarts and instances; it
 * costs an increment, where {@code UUID.randomUUID} draws on {@code SecureRandom} for every id.
 */
public final class RequestIds {

  /** The header a request id comes in and goes out on. */
  public static final String HEADER = "X-Request-Id";

  /** Where the id is kept: the logging MDC key and the request attribute. */
  public static final String KEY = "requestId";

  static final int MAX_LENGTH = 64;

  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  private RequestIds(String prefix) {
    this.prefix = prefix;
  }

  /** Ids with a prefix drawn once from {@code SecureRandom}. */
  public static RequestIds withRandomPrefix() {
    byte[] prefix = new byte[8];
    new SecureRandom().nextBytes(prefix);
    return new RequestIds(HexFormat.of().formatHex(prefix) + "-");
  }

  /** The incoming id if it is sane; otherwise, or if there is none, a new one. */
  public String acceptOrMake(String incoming) {
    return isSane(incoming) ? incoming : next();
  }

  /**
   * What proxies and tracing systems send (UUIDs, trace ids, {@code Root=1-…}): nothing that could
   * break a log line, a header or a page, and bounded so that a client cannot fill the logs. A loop
   * rather than a regular expression, which cost more than making an id.
   */
  static boolean isSane(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean sane =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || ".-_:=+/".indexOf(c) >= 0;
      if (!sane) {
        return false;
      }
    }
    return true;
  }

  /** A new id, e.g. {@code 3f9a1c2b7d4e5f60-2a}. */
  public String next() {
    return prefix + Long.toHexString(counter.incrementAndGet());
  }
}
