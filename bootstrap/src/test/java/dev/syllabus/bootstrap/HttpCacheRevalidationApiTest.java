package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Past its s-maxage, the copy a real Varnish keeps is never served stale: the cache asks the
 * service with the copy's ETag, which answers an unchanged tree with a 304 for one small statement.
 */
class HttpCacheRevalidationApiTest {

  @RegisterExtension
  @Order(2)
  static final RunningVarnish VARNISH =
      RunningVarnish.inFrontOf(() -> HttpCacheRevalidationApiTest.SYLLABUS);

  @RegisterExtension
  @Order(1)
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "httpCache.purgeUrls=" + VARNISH.purgeUrl(), "httpCache.sharedMaxAge=1s");

  private static HttpResponse<String> viaCache(String path) {
    return SYLLABUS.call(VARNISH.uri(path), "GET", null, null);
  }

  @Test
  void an_expired_copy_of_an_unchanged_tree_costs_one_statement_and_is_not_sent_again()
      throws InterruptedException {
    HttpResponse<String> filled = viaCache("/courses/1");
    assertThat(filled.headers().firstValue("X-Query-Count")).contains("4");

    Thread.sleep(1_500);
    HttpResponse<String> revalidated = viaCache("/courses/1");

    assertThat(revalidated.statusCode()).isEqualTo(200);
    assertThat(revalidated.headers().firstValue("X-Cache")).contains("MISS");
    assertThat(revalidated.headers().firstValue("X-Query-Count"))
        .as("the service answered the cache's If-None-Match")
        .contains("1");
    assertThat(json(revalidated)).isEqualTo(json(filled));
    assertThat(viaCache("/courses/1").headers().firstValue("X-Cache")).contains("HIT");
  }
}
