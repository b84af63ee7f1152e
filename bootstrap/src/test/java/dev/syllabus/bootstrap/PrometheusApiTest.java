package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prometheus scrapes the admin port: the Dropwizard metrics, per-statement timers included. */
class PrometheusApiTest {

  @RegisterExtension static final RunningSyllabus SYLLABUS = RunningSyllabus.with();

  /** The demo course is small: its modules, lessons and exercises are read in one round trip. */
  private static final String LEVELS_TIMER =
      "dev_syllabus_adapter_out_persistence_CourseTreeDao_levelsOf";

  @Test
  void a_scrape_after_a_tree_read_shows_the_timer_of_its_levels_statement() {
    long before = timed(LEVELS_TIMER + "_count");
    assertThat(SYLLABUS.get("/courses/1").statusCode()).isEqualTo(200);
    assertThat(SYLLABUS.get("/courses/1").statusCode()).isEqualTo(200);

    HttpResponse<String> scrape = SYLLABUS.getAdmin("/prometheus");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(scrape.body())
        .contains("# TYPE " + LEVELS_TIMER + " summary")
        .contains(LEVELS_TIMER + "{quantile=\"0.99\"}")
        // The rest of Dropwizard's metrics come along, Jetty's for one.
        .contains("io_dropwizard_jetty_MutableServletContextHandler_requests_count");
    assertThat(timed(LEVELS_TIMER + "_count")).isEqualTo(before + 2);
  }

  private static long timed(String sample) {
    Matcher value =
        Pattern.compile("(?m)^" + Pattern.quote(sample) + " (\\S+)$")
            .matcher(SYLLABUS.getAdmin("/prometheus").body());
    return value.find() ? (long) Double.parseDouble(value.group(1)) : 0;
  }
}
