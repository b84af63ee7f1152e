package dev.syllabus.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The profiler keeps the last N and the K slowest requests, and nothing more. */
class RequestProfilesTest {

  // A closed window with no statement: these tests are about requests, not statements.
  private static final StatementCounter.Window NO_STATEMENTS =
      StatementCounter.onNoDatabase().open();

  static {
    NO_STATEMENTS.close();
  }

  private static RequestProfile took(long nanos) {
    return new RequestProfile(
        Instant.EPOCH,
        new Endpoint("GET", "/courses/{id}"),
        "/courses/" + nanos,
        "request-" + nanos,
        200,
        nanos,
        NO_STATEMENTS);
  }

  private static List<Long> totals(List<RequestProfiles.Kept> kept) {
    return kept.stream().map(request -> request.profile().totalNanos()).toList();
  }

  private static Optional<Long> totalOf(RequestProfiles profiles, long number) {
    return profiles.find(number).map(kept -> kept.profile().totalNanos());
  }

  @Test
  void the_recent_requests_are_the_last_n_newest_first() {
    RequestProfiles profiles = new RequestProfiles(3, 2);

    for (long nanos : new long[] {10, 20, 30, 40, 50}) {
      profiles.record(took(nanos));
    }

    assertThat(totals(profiles.recent())).containsExactly(50L, 40L, 30L);
  }

  @Test
  void fewer_requests_than_the_ring_holds_are_all_listed() {
    RequestProfiles profiles = new RequestProfiles(100, 20);

    profiles.record(took(7));
    profiles.record(took(3));

    assertThat(totals(profiles.recent())).containsExactly(3L, 7L);
    assertThat(totals(profiles.slowest())).containsExactly(7L, 3L);
  }

  @Test
  void the_slowest_are_the_k_longest_slowest_first_in_whatever_order_they_came() {
    RequestProfiles profiles = new RequestProfiles(2, 3);

    for (long nanos : new long[] {40, 10, 90, 30, 70, 20, 80, 60}) {
      profiles.record(took(nanos));
    }

    assertThat(totals(profiles.slowest())).containsExactly(90L, 80L, 70L);
    assertThat(totals(profiles.recent())).containsExactly(60L, 80L);
  }

  @Test
  void a_request_is_found_by_its_number_while_it_is_among_the_recent_or_the_slowest() {
    RequestProfiles profiles = new RequestProfiles(2, 1);

    for (long nanos : new long[] {90, 10, 20, 30}) {
      profiles.record(took(nanos));
    }

    assertThat(profiles.recent()).extracting(RequestProfiles.Kept::number).containsExactly(3L, 2L);
    assertThat(totalOf(profiles, 3)).contains(30L);
    assertThat(totalOf(profiles, 2)).contains(20L);
    assertThat(totalOf(profiles, 0)).as("out of the ring, but the slowest").contains(90L);
    assertThat(totalOf(profiles, 1)).as("neither recent nor slow enough").isEmpty();
    assertThat(totalOf(profiles, 4)).as("not yet recorded").isEmpty();
    assertThat(totalOf(profiles, 5)).as("the slot of 3, under another number").isEmpty();
    assertThat(totalOf(profiles, -1)).isEmpty();
  }

  @Test
  void requests_recorded_from_many_threads_at_once_keep_both_bounds() throws Exception {
    RequestProfiles profiles = new RequestProfiles(100, 20);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      long first = thread * 5_000L;
      done.add(
          threads.submit(
              () -> LongStream.range(first, first + 5_000).forEach(n -> profiles.record(took(n)))));
    }
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();

    assertThat(profiles.recent()).hasSize(100);
    assertThat(totals(profiles.slowest()))
        .containsExactlyElementsOf(
            LongStream.range(39_980, 40_000).boxed().sorted((a, b) -> Long.compare(b, a)).toList());
  }
}
