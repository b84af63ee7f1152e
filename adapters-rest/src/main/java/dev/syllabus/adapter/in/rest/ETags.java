package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.ExpectedVersion;
import jakarta.ws.rs.core.EntityTag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driving adapter: a course tree's version as a strong entity tag, {@code "v7"}, and back from an
 * If-Match header.
 */
final class ETags {

  /** One entity tag of a list, weak or not; its opaque part may hold commas, never a quote. */
  private static final Pattern TAG = Pattern.compile("[\\s,]*(W/)?\"([^\"]*)\"[\\s,]*");

  private static final Pattern VERSION = Pattern.compile("v(\\d{1,18})");

  private ETags() {}

  static EntityTag of(long version) {
    return new EntityTag("v" + version);
  }

  /**
   * The same tag as its header says it: a response is tagged with this string rather than with
   * {@link #of}, which Jersey writes out through a header delegate looked up for every response (a
   * property read, and an error message built in advance, for each).
   */
  static String header(long version) {
    return "\"v" + version + '"';
  }

  /**
   * The versions If-Match accepts (RFC 9110, 13.1.1): any for no header or {@code *}; else the
   * versions its strong tags name, of a list or of several header lines. Weak tags never match
   * (If-Match compares strongly), and neither does another resource's tag or a malformed rest, so a
   * header naming none of the current version fails with 412 as the RFC says it must.
   */
  static ExpectedVersion expectedVersion(List<String> ifMatch) {
    String header = String.join(",", ifMatch).trim();
    if (header.isEmpty() || header.equals("*")) {
      return ExpectedVersion.any();
    }
    Set<Long> versions = new HashSet<>();
    Matcher tag = TAG.matcher(header);
    while (tag.lookingAt()) {
      Matcher version = VERSION.matcher(tag.group(2));
      if (tag.group(1) == null && version.matches()) {
        versions.add(Long.parseLong(version.group(1)));
      }
      tag.region(tag.end(), header.length());
    }
    return ExpectedVersion.oneOf(versions);
  }
}
