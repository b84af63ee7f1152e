package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR;
import static dev.syllabus.bootstrap.RunningSyllabus.AUTHOR_2;
import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.application.service.CourseShape;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /courses} with an Idempotency-Key, against PostgreSQL: a retry answers the first
 * response again and creates nothing, another body under the key is 422, a key still in flight 409,
 * a malformed key 400; keys are per caller, and last {@code limits.idempotencyKeyLifetime}.
 */
class IdempotentImportApiTest {

  private static final Duration LIFETIME = Duration.ofSeconds(3);

  @RegisterExtension
  static final RunningSyllabus SYLLABUS =
      RunningSyllabus.with(
          "demo.seedWhenEmpty=false",
          "limits.idempotencyKeyLifetime=" + LIFETIME.toSeconds() + "s");

  private static final String BODY =
      CourseJson.of(new CourseShape(2, 3, 4).draft("Cooking", false));

  private static HttpResponse<String> importUnder(String token, String key, String body) {
    return SYLLABUS.call("POST", "/courses", token, body, "Idempotency-Key", key);
  }

  private static long courses() {
    return SYLLABUS
        .jdbi()
        .withHandle(h -> h.createQuery("select count(*) from courses").mapTo(Long.class).one());
  }

  @Test
  void a_retry_answers_the_same_status_body_and_location_and_creates_no_second_course() {
    long before = courses();
    HttpResponse<String> first = importUnder(AUTHOR, "\"retry-1\"", BODY);

    HttpResponse<String> retried = importUnder(AUTHOR, "\"retry-1\"", BODY);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    ApiResponseAssert.assertThat(first).ranStatements(1 + 5 + 1);
    assertThat(retried.statusCode()).isEqualTo(201);
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(retried.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(retried.headers().firstValue("ETag")).hasValue("\"v1\"");
    ApiResponseAssert.assertThat(retried).ranStatements(1);
    assertThat(courses()).isEqualTo(before + 1);
  }

  @Test
  void a_retry_answers_the_course_as_created_even_after_it_was_changed() {
    HttpResponse<String> first = importUnder(AUTHOR, "\"retry-2\"", BODY);
    long id = json(first).get("id").asLong();
    SYLLABUS.call("PATCH", "/courses/" + id, AUTHOR, "{\"title\": \"Renamed\"}");

    assertThat(importUnder(AUTHOR, "\"retry-2\"", BODY).body()).isEqualTo(first.body());
  }

  @Test
  void the_same_body_spelt_differently_is_the_same_request() {
    HttpResponse<String> first =
        importUnder(AUTHOR, "\"spelling\"", "{\"title\": \"Same\", \"published\": false}");

    HttpResponse<String> respelt =
        importUnder(
            AUTHOR, "\"spelling\"", "{ \"published\":false,\"modules\":[],\"title\":\"Same\" }");

    assertThat(respelt.statusCode()).isEqualTo(201);
    assertThat(respelt.body()).isEqualTo(first.body());
  }

  @Test
  void another_body_under_the_same_key_answers_422_and_creates_nothing() {
    importUnder(AUTHOR, "\"other-body\"", BODY);
    long before = courses();

    HttpResponse<String> other =
        importUnder(
            AUTHOR,
            "\"other-body\"",
            CourseJson.of(new CourseShape(2, 3, 4).draft("Baking", false)));

    assertThat(other.statusCode()).isEqualTo(422);
    assertThat(json(other).get("code").asInt()).isEqualTo(422);
    assertThat(json(other).get("message").asText())
        .isEqualTo(
            "Idempotency-Key 'other-body' was used for another request: use a new key for a new"
                + " request");
    assertThat(courses()).isEqualTo(before);
  }

  @Test
  void the_same_key_of_another_author_does_not_replay_their_result() {
    HttpResponse<String> ada = importUnder(AUTHOR, "\"shared\"", BODY);

    HttpResponse<String> bob = importUnder(AUTHOR_2, "\"shared\"", BODY);

    assertThat(bob.statusCode()).isEqualTo(201);
    assertThat(json(bob).get("id").asLong()).isNotEqualTo(json(ada).get("id").asLong());
    ApiResponseAssert.assertThat(bob).ranStatements(7);
  }

  @Test
  void two_identical_requests_at_once_create_one_course_and_both_answer_it() throws Exception {
    long before = courses();
    int twins = 4;
    ExecutorService pool = Executors.newFixedThreadPool(twins);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int t = 0; t < twins; t++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return importUnder(AUTHOR, "\"twins\"", BODY);
              }));
    }
    start.countDown();
    List<String> bodies = new ArrayList<>();
    for (Future<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      bodies.add(response.body());
    }
    pool.shutdown();

    assertThat(bodies).containsOnly(bodies.get(0));
    assertThat(courses()).isEqualTo(before + 1);
  }

  @Test
  void a_key_whose_first_request_is_still_in_flight_answers_409_and_creates_nothing() {
    long before = courses();
    try (Handle inFlight = SYLLABUS.jdbi().open()) {
      inFlight.begin();
      // The first request under the key has remembered it, and not committed yet.
      inFlight.execute(
          "insert into idempotency_keys values ('test-author', 'in-flight', repeat('a', 64),"
              + " now(), 1, '{}', '{}', '{}')");

      HttpResponse<String> second = importUnder(AUTHOR, "\"in-flight\"", BODY);

      assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
      assertThat(json(second).get("message").asText())
          .isEqualTo(
              "A request with Idempotency-Key 'in-flight' is still in flight: retry once it has"
                  + " been answered");
      inFlight.rollback();
    }
    assertThat(courses()).isEqualTo(before);
    assertThat(importUnder(AUTHOR, "\"in-flight\"", BODY).statusCode()).isEqualTo(201);
  }

  @Test
  void a_malformed_key_answers_400_and_creates_nothing() {
    long before = courses();
    List<String> malformed =
        List.of("unquoted", "\"\"", "\"" + "k".repeat(256) + "\"", "\"tab\there\"", "\"a\" \"b\"");

    for (String key : malformed) {
      HttpResponse<String> refused = importUnder(AUTHOR, key, BODY);
      assertThat(refused.statusCode()).as(key).isEqualTo(400);
      assertThat(json(refused).get("message").asText()).as(key).startsWith("Idempotency-Key");
    }
    assertThat(courses()).isEqualTo(before);
  }

  @Test
  void a_key_past_its_lifetime_is_new_again() throws InterruptedException {
    HttpResponse<String> first = importUnder(AUTHOR, "\"expires\"", BODY);
    Thread.sleep(LIFETIME.toMillis() + 100);

    HttpResponse<String> later = importUnder(AUTHOR, "\"expires\"", BODY);

    assertThat(later.statusCode()).isEqualTo(201);
    assertThat(json(later).get("id").asLong()).isNotEqualTo(json(first).get("id").asLong());
    // The key's lookup, forgetting it, the five writes, remembering it anew.
    ApiResponseAssert.assertThat(later).ranStatements(1 + 1 + 5 + 1);
  }

  @Test
  void an_import_without_a_key_runs_5_statements() {
    HttpResponse<String> created = SYLLABUS.call("POST", "/courses", AUTHOR, BODY);

    assertThat(created.statusCode()).isEqualTo(201);
    ApiResponseAssert.assertThat(created).ranStatements(5);
  }
}
