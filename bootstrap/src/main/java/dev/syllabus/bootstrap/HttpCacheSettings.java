package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.adapter.in.rest.CacheTags;
import dev.syllabus.adapter.in.rest.CatalogCacheHeaders;
import dev.syllabus.adapter.out.httpcache.HttpCachePurger;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code httpCache} section: the HTTP caches in front of the service (Varnish, as
 * deploy/varnish/syllabus.vcl sets it up), purged of a course's trees and pages when it changes.
 * With none, nothing is purged, and no shared cache may keep an answer without revalidating it.
 */
public class HttpCacheSettings {

  /** Where each cache takes purges, such as {@code http://127.0.0.1:6081/}. */
  @NotNull private List<URI> purgeUrls = List.of();

  /**
   * How long a purged cache may keep an anonymous tree or page ({@code s-maxage}): the longest it
   * serves one stale if a purge does not reach it.
   */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  private Duration sharedMaxAge = Duration.minutes(10);

  /**
   * When each purge goes out again, off the request: a read that began before the change committed
   * and ended after the first purge may have stored the old tree again. A read that takes longer
   * still may leave it, for at most sharedMaxAge.
   */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration repurgeAfter = Duration.seconds(5);

  /** The longest a change waits for its purges, all caches together. */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 10, unit = TimeUnit.SECONDS)
  private Duration purgeTimeout = Duration.seconds(1);

  /** Who hears of the courses' changes: the caches, or nobody. */
  AnnounceCourseChangesPort courseChanges() {
    return purgeUrls.isEmpty()
        ? AnnounceCourseChangesPort.NOBODY
        : new HttpCachePurger(
            purgeUrls,
            purgeTimeout.toJavaDuration(),
            repurgeAfter.toJavaDuration(),
            CacheTags::staleAfterChangesOf);
  }

  /** What the catalog's answers tell caches: only a cache that is purged may keep them. */
  CatalogCacheHeaders catalogCacheHeaders() {
    return purgeUrls.isEmpty()
        ? CatalogCacheHeaders.unpurged()
        : CatalogCacheHeaders.purgedWithin(sharedMaxAge.toJavaDuration());
  }

  @JsonProperty
  public List<URI> getPurgeUrls() {
    return purgeUrls;
  }

  @JsonProperty
  public void setPurgeUrls(List<URI> purgeUrls) {
    this.purgeUrls = List.copyOf(purgeUrls);
  }

  @JsonProperty
  public Duration getSharedMaxAge() {
    return sharedMaxAge;
  }

  @JsonProperty
  public void setSharedMaxAge(Duration sharedMaxAge) {
    this.sharedMaxAge = sharedMaxAge;
  }

  @JsonProperty
  public Duration getRepurgeAfter() {
    return repurgeAfter;
  }

  @JsonProperty
  public void setRepurgeAfter(Duration repurgeAfter) {
    this.repurgeAfter = repurgeAfter;
  }

  @JsonProperty
  public Duration getPurgeTimeout() {
    return purgeTimeout;
  }

  @JsonProperty
  public void setPurgeTimeout(Duration purgeTimeout) {
    this.purgeTimeout = purgeTimeout;
  }
}
