package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.CourseId;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.Optional;

/**
 * Driving adapter: says which answers to a catalog read a cache may keep, and for whom. Only an
 * anonymous read of a tree or a page (200, or 304 on its ETag) is the same for everybody: it is
 * {@code public}, and with a purging cache in front ({@link #purgedWithin}) kept up to {@code
 * s-maxage} under its {@link CacheTags}. Whatever a token or {@code ?learner=} asked for (a draft,
 * progress) is {@code private}; an error, a 404 above all (the course may be a draft that an author
 * sees), is {@code no-store}. Every answer varies on {@code Authorization}, so that no cache hands
 * one caller's answer to another.
 */
public final class CatalogCacheHeaders implements ContainerResponseFilter {

  private final Optional<Duration> sharedMaxAge;

  private CatalogCacheHeaders(Optional<Duration> sharedMaxAge) {
    this.sharedMaxAge = sharedMaxAge;
  }

  /**
   * No cache in front is told of changes: a shared cache must revalidate every time (one small
   * statement for an unchanged tree), so that nothing stale is ever served.
   */
  public static CatalogCacheHeaders unpurged() {
    return new CatalogCacheHeaders(Optional.empty());
  }

  /**
   * A cache in front is purged of a course's trees and pages when it changes: it may keep them this
   * long, the most a purge that fails to reach it leaves them stale.
   */
  public static CatalogCacheHeaders purgedWithin(Duration sharedMaxAge) {
    if (sharedMaxAge.isNegative() || sharedMaxAge.isZero()) {
      throw new IllegalArgumentException("a shared max age must be positive: " + sharedMaxAge);
    }
    return new CatalogCacheHeaders(Optional.of(sharedMaxAge));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
    if (!answered(response.getStatus())) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    } else if (asksForProgress(request)) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
    } else if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      headers.putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    } else {
      // Browsers revalidate every time (max-age=0): only a shared cache can be purged.
      headers.putSingle(
          HttpHeaders.CACHE_CONTROL,
          sharedMaxAge
              .map(age -> "public, max-age=0, s-maxage=" + age.toSeconds())
              .orElse("public, no-cache"));
      sharedMaxAge.ifPresent(age -> headers.putSingle(CacheTags.HEADER, tagOf(request)));
    }
  }

  private static boolean answered(int status) {
    return status == 200 || status == 304;
  }

  private static boolean asksForProgress(ContainerRequestContext request) {
    return request.getUriInfo().getQueryParameters().containsKey("learner");
  }

  /** A tree's course, or every page: the resource parsed the id before it could answer. */
  private static String tagOf(ContainerRequestContext request) {
    String id = request.getUriInfo().getPathParameters().getFirst("id");
    return id == null ? CacheTags.PAGES : CacheTags.ofCourse(new CourseId(Long.parseLong(id)));
  }
}
