package dev.syllabus.adapter.out.httpcache;

import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.domain.course.CourseId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Driven adapter: announces course changes to HTTP caches in front of the service by purging what
 * the changes made stale, by tag: one {@code PURGE} request per cache with the tags in {@value
 * #TAGS_HEADER}, as the shipped Varnish configuration (deploy/varnish/syllabus.vcl, with its xkey
 * module) takes it. The caches are purged at once, and the whole announcement takes at most the
 * timeout. The same purge goes out once more a little later, off the request: a read that began
 * before the change committed and ended after the first purge may have stored the old tree again.
 *
 * <p>A cache that does not answer in time, or refuses, does not fail the change, which is kept:
 * what it holds of those courses stays stale until the {@code s-maxage} it was stored with runs
 * out. That is logged once when purges stop reaching a cache and once when they reach it again.
 */
public final class HttpCachePurger implements AnnounceCourseChangesPort {

  /** The request header naming the tags to purge, separated by spaces. */
  public static final String TAGS_HEADER = "xkey-purge";

  private static final Logger LOG = LoggerFactory.getLogger(HttpCachePurger.class);

  private final List<URI> caches;
  private final Duration timeout;
  private final Duration repurgeAfter;
  private final Function<Set<CourseId>, List<String>> staleTags;
  private final HttpClient http;
  private final ScheduledExecutorService later =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "http-cache-repurge");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<URI, Boolean> unreachable = new ConcurrentHashMap<>();

  /**
   * Purges these caches, each at its address, of the tags {@code staleTags} says a change of some
   * courses made stale, and again {@code repurgeAfter} later.
   */
  public HttpCachePurger(
      List<URI> caches,
      Duration timeout,
      Duration repurgeAfter,
      Function<Set<CourseId>, List<String>> staleTags) {
    this.caches = List.copyOf(caches);
    this.timeout = timeout;
    this.repurgeAfter = repurgeAfter;
    this.staleTags = staleTags;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .build();
  }

  @Override
  public void coursesChanged(Set<CourseId> courses) {
    if (courses.isEmpty()) {
      return;
    }
    String tags = String.join(" ", staleTags.apply(courses));
    purgeAll(tags).join();
    later.schedule(() -> purgeAll(tags).join(), repurgeAfter.toMillis(), TimeUnit.MILLISECONDS);
  }

  private CompletableFuture<Void> purgeAll(String tags) {
    return CompletableFuture.allOf(
        caches.stream().map(cache -> purge(cache, tags)).toArray(CompletableFuture[]::new));
  }

  /** The purge of one cache, which completes normally within the timeout whatever happens. */
  private CompletableFuture<Void> purge(URI cache, String tags) {
    HttpRequest request =
        HttpRequest.newBuilder(cache)
            .method("PURGE", HttpRequest.BodyPublishers.noBody())
            .header(TAGS_HEADER, tags)
            .timeout(timeout)
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure != null) {
                failed(cache, tags, describe(failure));
              } else if (response.statusCode() != 200) {
                failed(cache, tags, "it answered " + response.statusCode());
              } else if (unreachable.remove(cache) != null) {
                LOG.warn("Purges reach the HTTP cache at {} again", cache);
              }
              return null;
            });
  }

  private String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof TimeoutException || cause instanceof HttpTimeoutException
        ? "no answer within " + timeout.toMillis() + " ms"
        : cause.toString();
  }

  private void failed(URI cache, String tags, String why) {
    if (unreachable.putIfAbsent(cache, Boolean.TRUE) == null) {
      LOG.error(
          "Could not purge the HTTP cache at {} of {} ({}): it serves what it keeps of them until"
              + " their s-maxage runs out. Logged once, until a purge reaches it again.",
          cache,
          tags,
          why);
    }
  }
}
