package dev.syllabus.adapter.out.httpcache;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import dev.syllabus.domain.course.CourseId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Purges reach every cache with the stale tags, within the timeout, and a cache that is down, slow
 * or refusing never fails the change: it is logged once, and once when purges reach it again.
 */
class HttpCachePurgerTest {

  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private static final Duration REPURGE = Duration.ofSeconds(30);

  private final List<HttpServer> servers = new CopyOnWriteArrayList<>();
  private final List<String> received = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop_the_caches() {
    servers.forEach(server -> server.stop(0));
  }

  /** A cache that records each request and answers the status {@code answer} gives. */
  private URI cache(String name, java.util.function.IntSupplier answer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          received.add(
              name
                  + " "
                  + exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestURI()
                  + " "
                  + exchange.getRequestHeaders().getFirst(HttpCachePurger.TAGS_HEADER));
          int status = answer.getAsInt();
          if (status == 0) {
            sleep(1_500);
          }
          exchange.sendResponseHeaders(status == 0 ? 200 : status, -1);
          exchange.close();
        });
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static URI nothingListening() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
    }
  }

  private static HttpCachePurger purging(URI... caches) {
    return new HttpCachePurger(
        List.of(caches),
        TIMEOUT,
        REPURGE,
        courses ->
            courses.stream()
                .map(c -> "course-" + c.value())
                .sorted()
                .collect(Collectors.toCollection(java.util.ArrayList::new)));
  }

  @Test
  void every_cache_is_sent_one_purge_naming_the_stale_tags() throws IOException {
    HttpCachePurger purger = purging(cache("a", () -> 200), cache("b", () -> 200));

    purger.coursesChanged(Set.of(new CourseId(3), new CourseId(12)));

    assertThat(received)
        .containsExactlyInAnyOrder("a PURGE / course-12 course-3", "b PURGE / course-12 course-3");
  }

  @Test
  void a_cache_that_is_down_or_hangs_neither_fails_the_change_nor_holds_it_past_the_timeout()
      throws IOException {
    HttpCachePurger purger =
        purging(nothingListening(), cache("slow", () -> 0), cache("up", () -> 200));

    long start = System.nanoTime();
    purger.coursesChanged(Set.of(new CourseId(1)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(took).isLessThan(TIMEOUT.multipliedBy(3));
    assertThat(received).contains("up PURGE / course-1");
  }

  @Test
  void the_purge_goes_out_again_later_for_reads_that_were_in_flight_during_the_first()
      throws IOException, InterruptedException {
    HttpCachePurger purger =
        new HttpCachePurger(
            List.of(cache("a", () -> 200)),
            TIMEOUT,
            Duration.ofMillis(400),
            courses -> List.of("course-7"));

    long start = System.nanoTime();
    purger.coursesChanged(Set.of(new CourseId(7)));
    assertThat(received).containsExactly("a PURGE / course-7");
    while (received.size() < 2 && System.nanoTime() - start < 5_000_000_000L) {
      Thread.sleep(20);
    }

    assertThat(received).containsExactly("a PURGE / course-7", "a PURGE / course-7");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400));
  }

  @Test
  void no_course_changed_sends_nothing() throws IOException {
    purging(cache("a", () -> 200)).coursesChanged(Set.of());

    assertThat(received).isEmpty();
  }

  @Test
  void a_failing_cache_is_logged_once_and_once_more_when_purges_reach_it_again()
      throws IOException {
    AtomicInteger answers = new AtomicInteger();
    HttpCachePurger purger =
        purging(cache("flaky", () -> answers.getAndIncrement() < 3 ? 403 : 200));
    Logger logger = (Logger) LoggerFactory.getLogger(HttpCachePurger.class);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    logger.addAppender(log);
    try {
      for (int i = 0; i < 5; i++) {
        purger.coursesChanged(Set.of(new CourseId(i + 1)));
      }
    } finally {
      logger.detachAppender(log);
    }

    assertThat(log.list)
        .extracting(event -> event.getLevel() + " " + event.getFormattedMessage())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("ERROR Could not purge the HTTP cache at ")
        .contains("of course-1 (it answered 403)");
    assertThat(log.list.get(1).getFormattedMessage()).startsWith("Purges reach the HTTP cache at ");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
