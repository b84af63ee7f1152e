package dev.syllabus.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.syllabus.profiling.EndpointStatistics.EndpointTotals;
import dev.syllabus.profiling.EndpointsPage.Ranking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The summary by endpoint sums every request into its endpoint's row, and keeps no more rows than
 * configured, whatever endpoints clients make up. (Statement figures come from real requests, in
 * bootstrap's QueryProfilerPageTest.)
 */
class EndpointStatisticsTest {

  private static final StatementCounter.Window NO_STATEMENTS =
      StatementCounter.onNoDatabase().open();

  static {
    NO_STATEMENTS.close();
  }

  private static final Endpoint COURSE = new Endpoint("GET", "/courses/{id}");
  private static final Endpoint PAGE = new Endpoint("GET", "/courses");

  private static RequestProfile to(Endpoint endpoint, long nanos) {
    return new RequestProfile(Instant.EPOCH, endpoint, "/x", "request", 200, nanos, NO_STATEMENTS);
  }

  private static EndpointTotals totalsOf(EndpointStatistics statistics, Endpoint endpoint) {
    return statistics.totals().stream()
        .filter(totals -> totals.endpoint().equals(endpoint))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void each_request_counts_in_its_endpoints_row_with_its_time_summed_and_the_longest_kept() {
    EndpointStatistics statistics = new EndpointStatistics(10);

    statistics.record(to(COURSE, 30));
    statistics.record(to(PAGE, 5));
    statistics.record(to(COURSE, 70));
    statistics.record(to(COURSE, 20));

    assertThat(statistics.totals()).hasSize(2);
    EndpointTotals course = totalsOf(statistics, COURSE);
    assertThat(course.requests()).isEqualTo(3);
    assertThat(course.totalNanos()).isEqualTo(120);
    assertThat(course.maxNanos()).isEqualTo(70);
    assertThat(totalsOf(statistics, PAGE).requests()).isEqualTo(1);
  }

  @Test
  void endpoints_beyond_the_capacity_share_one_row_and_add_none() {
    EndpointStatistics statistics = new EndpointStatistics(2);
    statistics.record(to(COURSE, 1));
    statistics.record(to(PAGE, 1));

    for (int i = 0; i < 1_000; i++) {
      statistics.record(to(new Endpoint("M" + i, "/courses/{id}"), 2));
    }
    statistics.record(to(COURSE, 1));

    assertThat(statistics.totals())
        .extracting(EndpointTotals::endpoint, EndpointTotals::requests)
        .containsExactlyInAnyOrder(
            tuple(COURSE, 2L), tuple(PAGE, 1L), tuple(EndpointStatistics.OTHERS, 1_000L));
  }

  @Test
  void the_row_of_other_endpoints_shows_only_once_it_counted_a_request() {
    EndpointStatistics statistics = new EndpointStatistics(1);
    statistics.record(to(COURSE, 1));

    assertThat(statistics.totals()).extracting(EndpointTotals::endpoint).containsExactly(COURSE);
  }

  @Test
  void requests_finishing_on_many_threads_at_once_are_all_counted() throws Exception {
    EndpointStatistics statistics = new EndpointStatistics(3);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      Endpoint endpoint = thread % 2 == 0 ? COURSE : PAGE;
      long nanos = thread + 1;
      done.add(
          threads.submit(
              () -> {
                for (int i = 0; i < 10_000; i++) {
                  statistics.record(to(endpoint, nanos));
                }
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();

    assertThat(totalsOf(statistics, COURSE).requests()).isEqualTo(40_000);
    assertThat(totalsOf(statistics, COURSE).totalNanos()).isEqualTo(10_000L * (1 + 3 + 5 + 7));
    assertThat(totalsOf(statistics, COURSE).maxNanos()).isEqualTo(7);
    assertThat(totalsOf(statistics, PAGE).requests()).isEqualTo(40_000);
    assertThat(totalsOf(statistics, PAGE).maxNanos()).isEqualTo(8);
  }

  @Test
  void the_summary_ranks_endpoints_by_the_measure_asked_for_and_links_the_slowest_kept() {
    EndpointStatistics statistics = new EndpointStatistics(10);
    RequestProfiles kept = new RequestProfiles(10, 2);
    for (RequestProfile profile :
        List.of(to(COURSE, 30_000), to(PAGE, 50_000), to(COURSE, 40_000), to(COURSE, 10_000))) {
      statistics.record(profile);
      kept.record(profile);
    }

    EndpointsPage byTime = EndpointsPage.of(statistics, kept, Ranking.TIME);

    assertThat(byTime.rankedBy()).isEqualTo("time");
    assertThat(byTime.endpoints())
        .extracting(
            EndpointsPage.EndpointView::endpoint,
            EndpointsPage.EndpointView::requests,
            EndpointsPage.EndpointView::totalMillis,
            EndpointsPage.EndpointView::meanMillis,
            EndpointsPage.EndpointView::maxMillis,
            EndpointsPage.EndpointView::slowestKeptRequest)
        .containsExactly(
            tuple("/courses/{id}", 3L, 0.08, 0.027, 0.04, 2L),
            tuple("/courses", 1L, 0.05, 0.05, 0.05, 1L));
    assertThat(Ranking.named("nonsense")).isEqualTo(Ranking.TIME);
    assertThat(Ranking.named("statements")).isEqualTo(Ranking.STATEMENTS);
  }
}
