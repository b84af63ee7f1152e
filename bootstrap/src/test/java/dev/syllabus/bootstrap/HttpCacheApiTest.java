package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.LEARNER_7;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real Varnish with the shipped configuration in front of the service: an anonymous read is
 * served again without the service, a change purges the trees and pages it made stale within its
 * own request, and nothing a token or a learner asked for, nor a 404, is ever handed to another
 * caller.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class HttpCacheApiTest {

  // Made first (the service is told where to purge), started second (it needs the service's port).
  @RegisterExtension
  @Order(2)
  static final RunningVarnish VARNISH = RunningVarnish.inFrontOf(() -> HttpCacheApiTest.SYLLABUS);

  @RegisterExtension
  @Order(1)
  static final RunningSyllabus SYLLABUS =
      // The second purge of each change (HttpCachePurgerTest) would land on another test's copies.
      RunningSyllabus.with(
          "httpCache.purgeUrls=" + VARNISH.purgeUrl(),
          "httpCache.sharedMaxAge=1h",
          "httpCache.repurgeAfter=1h");

  private static final String DEMO = "/courses/1";

  private static HttpResponse<String> viaCache(String path, String token, String... headers) {
    return SYLLABUS.call(VARNISH.uri(path), "GET", token, null, headers);
  }

  private static HttpResponse<String> changeViaCache(String method, String path, String json) {
    return SYLLABUS.call(VARNISH.uri(path), method, AUTHOR, json);
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** Requests the service has answered on its API port, once the count has settled. */
  private static long requestsServed() {
    long seen = -1;
    long now = servedSoFar();
    while (now != seen) {
      sleep(200);
      seen = now;
      now = servedSoFar();
    }
    return now;
  }

  private static long servedSoFar() {
    return json(SYLLABUS.getAdmin("/metrics"))
        .path("timers")
        .path("io.dropwizard.jetty.MutableServletContextHandler.requests")
        .path("count")
        .asLong();
  }

  private static long importCourse(String title, boolean published) {
    HttpResponse<String> created =
        changeViaCache(
            "POST",
            "/courses",
            "{\"title\":\""
                + title
                + "\",\"published\":"
                + published
                + ",\"modules\":[{\"title\":\"M\",\"lessons\":[{\"title\":\"L\",\"exercises\":"
                + "[{\"type\":\"video\",\"title\":\"E\"}]}]}]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asLong();
  }

  @Test
  void a_second_anonymous_read_is_a_hit_that_never_reaches_the_service() {
    HttpResponse<String> first = viaCache(DEMO, null);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, "Cache-Control")).isEqualTo("public, max-age=0, s-maxage=3600");
    assertThat(header(first, "xkey")).as("the tags stay in the cache").isNull();
    long served = requestsServed();
    assertThat(served).as("the service's request count").isPositive();

    HttpResponse<String> second = viaCache(DEMO, null);

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(header(second, "X-Cache")).isEqualTo("HIT");
    assertThat(header(second, "X-Query-Count")).isEqualTo("0");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(requestsServed()).as("requests the service answered").isEqualTo(served);
  }

  @Test
  void a_copy_is_revalidated_by_the_cache_itself() {
    String etag = header(viaCache(DEMO, null), "ETag");
    long served = requestsServed();

    HttpResponse<String> notModified = viaCache(DEMO, null, "If-None-Match", etag);

    assertThat(notModified.statusCode()).isEqualTo(304);
    assertThat(requestsServed()).isEqualTo(served);
  }

  @Test
  void a_change_purges_the_tree_and_every_page_within_its_request() {
    long course = importCourse("Purged", true);
    String tree = "/courses/" + course;
    String page = "/courses?limit=100";
    viaCache(tree, null);
    viaCache(page, null);
    assertThat(header(viaCache(tree, null), "X-Cache")).isEqualTo("HIT");
    assertThat(header(viaCache(page, null), "X-Cache")).isEqualTo("HIT");

    HttpResponse<String> renamed =
        changeViaCache("PATCH", tree, "{\"title\":\"Purged and renamed\"}");
    assertThat(renamed.statusCode()).isEqualTo(200);

    HttpResponse<String> treeAfter = viaCache(tree, null);
    assertThat(header(treeAfter, "X-Cache")).isEqualTo("MISS");
    assertThat(json(treeAfter).get("title").asText()).isEqualTo("Purged and renamed");
    HttpResponse<String> pageAfter = viaCache(page, null);
    assertThat(header(pageAfter, "X-Cache")).isEqualTo("MISS");
    assertThat(pageAfter.body()).contains("Purged and renamed");
  }

  @Test
  void a_new_course_appears_on_a_page_that_was_cached_without_it() {
    String page = "/courses?limit=100";
    viaCache(page, null);
    assertThat(header(viaCache(page, null), "X-Cache")).isEqualTo("HIT");

    long course = importCourse("Brand new", true);

    HttpResponse<String> pageAfter = viaCache(page, null);
    assertThat(header(pageAfter, "X-Cache")).isEqualTo("MISS");
    assertThat(json(pageAfter).findValues("id")).extracting(id -> id.asLong()).contains(course);
  }

  @Test
  void an_authors_draft_is_never_kept_nor_shown_to_anyone_else() {
    long draft = importCourse("Secret draft", false);
    String tree = "/courses/" + draft;

    HttpResponse<String> authors = viaCache(tree, AUTHOR);
    HttpResponse<String> again = viaCache(tree, AUTHOR);
    HttpResponse<String> anonymous = viaCache(tree, null);
    HttpResponse<String> learners = viaCache(tree, LEARNER_7);

    assertThat(authors.statusCode()).isEqualTo(200);
    assertThat(header(authors, "Cache-Control")).isEqualTo("private, no-cache");
    assertThat(header(again, "X-Cache")).isEqualTo("MISS");
    assertThat(anonymous.statusCode()).isEqualTo(404);
    assertThat(anonymous.body()).doesNotContain("Secret draft");
    assertThat(learners.statusCode()).isEqualTo(404);
  }

  @Test
  void an_anonymous_404_is_never_kept_nor_shown_to_an_author() {
    long draft = importCourse("Not yet", false);
    String tree = "/courses/" + draft;

    HttpResponse<String> anonymous = viaCache(tree, null);
    HttpResponse<String> anonymousAgain = viaCache(tree, null);
    HttpResponse<String> authors = viaCache(tree, AUTHOR);

    assertThat(anonymous.statusCode()).isEqualTo(404);
    assertThat(header(anonymous, "Cache-Control")).isEqualTo("no-store");
    assertThat(header(anonymousAgain, "X-Cache")).isEqualTo("MISS");
    assertThat(authors.statusCode()).isEqualTo(200);
    assertThat(json(authors).get("title").asText()).isEqualTo("Not yet");

    changeViaCache("PATCH", tree, "{\"published\":true}");
    assertThat(viaCache(tree, null).statusCode()).isEqualTo(200);
  }

  @Test
  void a_learners_progress_is_never_kept_nor_shown_to_anyone_else() {
    String progress = DEMO + "?learner=7";

    HttpResponse<String> learners = viaCache(progress, LEARNER_7);
    HttpResponse<String> again = viaCache(progress, LEARNER_7);
    HttpResponse<String> anonymous = viaCache(progress, null);

    assertThat(learners.statusCode()).isEqualTo(200);
    assertThat(header(learners, "Cache-Control")).isEqualTo("private, no-store");
    assertThat(learners.body()).contains("\"completed\"");
    assertThat(header(again, "X-Cache")).isEqualTo("MISS");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).doesNotContain("\"completed\"");
  }

  @Test
  void a_purge_by_tag_drops_the_copies_filed_under_it() {
    viaCache(DEMO, null);
    assertThat(header(viaCache(DEMO, null), "X-Cache")).isEqualTo("HIT");

    HttpResponse<String> purge =
        SYLLABUS.call(VARNISH.uri("/"), "PURGE", null, null, "xkey-purge", "course-1");

    assertThat(purge.statusCode()).isEqualTo(200);
    assertThat(header(viaCache(DEMO, null), "X-Cache")).isEqualTo("MISS");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
