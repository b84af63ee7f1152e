package dev.syllabus.adapter.in.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter: a course tree's version as a strong entity tag, {@code "v7"}, and back from an
 * If-Match header.
 */
final class ETags {

  private static final Pattern STRONG_VERSION = Pattern.compile("^\"v(\\d{1,18})\"$");

  private ETags() {}

  static EntityTag of(long version) {
    return new EntityTag("v" + version);
  }

  /**
   * The version an If-Match header requires: empty for no header or {@code *} (any current
   * version). A tag that can never match, such as a weak one or another resource's, expects a
   * version no course has, so the write fails with 412 as RFC 9110 says it must.
   */
  static OptionalLong expectedVersion(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return OptionalLong.empty();
    }
    Matcher version = STRONG_VERSION.matcher(ifMatch.trim());
    return OptionalLong.of(version.matches() ? Long.parseLong(version.group(1)) : 0);
  }
}
