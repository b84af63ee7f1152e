package dev.syllabus.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.benchmarks.load.Catalog.Course;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the load's connections: an HTTP client of its own that sends one request after another, of
 * a kind drawn from the mix, until its time or its request budget is up. It is also one learner,
 * the only one to change that learner's completions, so that the last completion it set for an
 * exercise is the one the database must hold. It keeps every change the service confirmed.
 */
final class Client {

  static final String AUTHOR = "Bearer " + ServiceConfig.AUTHOR_TOKEN;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final int GIVE_UP_AFTER = 20;
  private static final Pattern VERSION_TAG = Pattern.compile("^\"v(\\d+)\"$");
  private static final String[] TYPES = {"video", "multiple-choice", "fill-in-blank", "text"};
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int index;
  private final long learner;
  private final String learnerToken;
  private final String base;
  private final Catalog catalog;
  private final HttpClient http;
  private final SplittableRandom random;
  private final Tally tally = new Tally();
  private final List<Change> changes = new ArrayList<>();
  private final Map<Long, Boolean> completed = new HashMap<>();
  private final Map<Long, Long> knownVersions = new HashMap<>();
  private String nextPage;
  private int titles;
  private int unanswered;

  Client(int index, int port, Catalog catalog) {
    this.index = index;
    this.learner = ServiceConfig.learnerOf(index);
    this.learnerToken = "Bearer " + ServiceConfig.learnerToken(learner);
    this.base = "http://127.0.0.1:" + port;
    this.catalog = catalog;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.random = new SplittableRandom(index);
  }

  /**
   * Sends requests until {@code deadline} (System.nanoTime) or {@code budget} requests, or until
   * {@value #GIVE_UP_AFTER} in a row got no answer: the service is gone, and hammering its closed
   * port would only load the machine.
   */
  Client run(long deadline, int budget) {
    for (int sent = 0; sent < budget && System.nanoTime() < deadline; sent++) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      if (unanswered >= GIVE_UP_AFTER) {
        tally.note(
            "client "
                + index
                + " gave up after "
                + GIVE_UP_AFTER
                + " requests in a row without an answer");
        break;
      }
      Course course = catalog.anyCourse(random);
      try {
        send(Kind.pick(random), course);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return this;
  }

  Tally tally() {
    return tally;
  }

  List<Change> changes() {
    return changes;
  }

  long learner() {
    return learner;
  }

  /** The exercises this client's learner last completed (and did not take back). */
  Map<Long, Boolean> completions() {
    return completed;
  }

  private void send(Kind kind, Course course) throws InterruptedException {
    Long known = knownVersions.get(course.id);
    OptionalLong exercise = course.anyExercise(random);
    boolean needsExercise =
        switch (kind) {
          case COMPLETION, UNDO_COMPLETION, DELETE_EXERCISE, MOVE_EXERCISE, RENAME_EXERCISE -> true;
          default -> false;
        };
    if ((needsExercise && exercise.isEmpty()) || (kind == Kind.REVALIDATION && known == null)) {
      kind = Kind.TREE_READ; // nothing to work on yet: look first
    }
    if (kind == Kind.RENAME_EXERCISE || kind == Kind.RENAME_COURSE) {
      // An author edits what they just read: the tree's ETag becomes the edit's If-Match.
      remember(course, send(Kind.TREE_READ, get("/courses/" + course.id).build()));
      known = knownVersions.get(course.id);
      if (known == null) {
        return;
      }
    }
    switch (kind) {
      case TREE_READ -> {
        Answer answer = send(kind, get("/courses/" + course.id).build());
        remember(course, answer);
      }
      case PAGE_READ -> {
        String after =
            nextPage == null ? "" : "&after=" + URLEncoder.encode(nextPage, StandardCharsets.UTF_8);
        Answer answer = send(kind, get("/courses?published=true&limit=3" + after).build());
        if (answer != null && answer.status() == 200) {
          JsonNode next = json(answer.body()).path("next");
          nextPage = next.isTextual() ? next.asText() : null;
        }
      }
      case REVALIDATION -> {
        Answer answer =
            send(kind, get("/courses/" + course.id).header("If-None-Match", tag(known)).build());
        remember(course, answer);
      }
      case PROGRESS_READ -> {
        Answer answer =
            send(
                kind,
                get("/courses/" + course.id + "?learner=" + learner)
                    .header("Authorization", learnerToken)
                    .build());
        if (answer != null && answer.status() == 200) {
          checkProgress(answer.body());
        }
      }
      case COMPLETION, UNDO_COMPLETION -> {
        long id = exercise.getAsLong();
        String path = "/learners/" + learner + "/completions/" + id;
        HttpRequest.Builder request = request(path).header("Authorization", learnerToken);
        boolean complete = kind == Kind.COMPLETION;
        Answer answer =
            send(
                kind,
                (complete ? request.PUT(HttpRequest.BodyPublishers.noBody()) : request.DELETE())
                    .build());
        if (answer != null && answer.status() == 204) {
          completed.put(id, complete);
        } else if (answer != null && answer.status() == 404) {
          course.gone(id);
        }
      }
      case ADD_EXERCISE -> {
        long lesson = course.anyLesson(random);
        int position = 1 + random.nextInt(3);
        String title = title("exercise");
        Answer answer =
            send(
                kind,
                author("/lessons/" + lesson + "/exercises")
                    .POST(
                        body(
                            "type", TYPES[random.nextInt(TYPES.length)],
                            "title", title,
                            "position", position))
                    .build());
        if (confirmed(answer, course)) {
          long id = json(answer.body()).path("id").asLong();
          course.added(id);
          changed(course, answer, new Change.AddExercise(id, lesson, position, title));
        }
      }
      case DELETE_EXERCISE -> {
        long id = exercise.getAsLong();
        Answer answer = send(kind, author("/exercises/" + id).DELETE().build());
        if (confirmed(answer, course)) {
          changed(course, answer, new Change.DeleteExercise(id));
        }
        if (answer != null && (answer.status() == 204 || answer.status() == 404)) {
          course.gone(id);
        }
      }
      case MOVE_EXERCISE -> {
        long id = exercise.getAsLong();
        long lesson = course.anyLesson(random);
        int position = 1 + random.nextInt(3);
        Answer answer =
            send(
                kind,
                patch("/exercises/" + id, null, body("parent", lesson, "position", position)));
        if (confirmed(answer, course)) {
          changed(course, answer, new Change.MoveExercise(id, lesson, position));
        } else if (answer != null && answer.status() == 404) {
          course.gone(id);
        }
      }
      case MOVE_LESSON -> {
        long lesson = course.anyLesson(random);
        long module = course.anyModule(random);
        int position = 1 + random.nextInt(4);
        Answer answer =
            send(
                kind,
                patch("/lessons/" + lesson, null, body("parent", module, "position", position)));
        if (confirmed(answer, course)) {
          changed(course, answer, new Change.MoveLesson(lesson, module, position));
        }
      }
      case RENAME_EXERCISE -> {
        long id = exercise.getAsLong();
        String title = title("exercise title");
        Answer answer = send(kind, patch("/exercises/" + id, known, body("title", title)));
        if (confirmed(answer, course)) {
          changed(course, answer, new Change.RenameExercise(id, title));
        } else if (answer != null && answer.status() == 404) {
          course.gone(id);
        }
      }
      case RENAME_COURSE -> {
        String title = title("course title");
        Answer answer = send(kind, patch("/courses/" + course.id, known, body("title", title)));
        if (confirmed(answer, course)) {
          changed(course, answer, new Change.RenameCourse(title));
        }
      }
    }
  }

  /** A response: its status, body and the version its ETag names (0 if none). */
  private record Answer(int status, String body, long version) {}

  /** Sends a request and counts it; null if it got no response (the error is counted). */
  private Answer send(Kind kind, HttpRequest request) throws InterruptedException {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      tally.answered(kind, response.statusCode(), System.nanoTime() - start);
      unanswered = 0;
      if (!kind.allows(response.statusCode())) {
        tally.note(
            kind
                + " "
                + request.uri().getPath()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      long version = response.headers().firstValue("ETag").map(Client::versionOf).orElse(0L);
      return new Answer(response.statusCode(), response.body(), version);
    } catch (IOException e) {
      unanswered++;
      tally.failed(kind, request.method() + " " + request.uri().getPath() + ": " + e);
      return null;
    }
  }

  /** Whether the service confirmed a change, with the version it made. */
  private boolean confirmed(Answer answer, Course course) {
    if (answer == null || answer.status() >= 300) {
      if (answer != null && answer.status() == 412 && answer.version() > 0) {
        knownVersions.put(course.id, answer.version()); // the current one, for the next try
      }
      return false;
    }
    if (answer.version() == 0) {
      tally.note(
          "a change to course "
              + course.id
              + " answered "
              + answer.status()
              + " without a version ETag");
      return false;
    }
    return true;
  }

  private void changed(Course course, Answer answer, Change.Edit edit) {
    changes.add(new Change(course.id, answer.version(), edit));
    knownVersions.merge(course.id, answer.version(), Math::max);
  }

  private void remember(Course course, Answer answer) {
    if (answer != null
        && (answer.status() == 200 || answer.status() == 304)
        && answer.version() > 0) {
      knownVersions.put(course.id, answer.version());
    }
  }

  /** A learner's view of a course must show exactly the completions this client last set. */
  private void checkProgress(String body) {
    JsonNode tree = json(body);
    for (JsonNode module : tree.path("modules")) {
      for (JsonNode lesson : module.path("lessons")) {
        int done = 0;
        for (JsonNode exercise : lesson.path("exercises")) {
          boolean shown = exercise.path("completed").asBoolean(false);
          boolean set = completed.getOrDefault(exercise.path("id").asLong(), false);
          if (shown != set) {
            long id = exercise.path("id").asLong();
            tally.disagreement(
                new Tally.Disagreement(
                    "learner "
                        + learner
                        + ", exercise "
                        + id
                        + " shown "
                        + shown
                        + ", last set "
                        + set,
                    id,
                    shown));
          }
          done += shown ? 1 : 0;
        }
        if (lesson.path("completedExercises").asInt(-1) != done) {
          tally.disagreement(
              new Tally.Disagreement(
                  "lesson "
                      + lesson.path("id")
                      + " counts "
                      + lesson.path("completedExercises")
                      + " completed, shows "
                      + done,
                  0,
                  true));
        }
      }
    }
  }

  private JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      tally.note("a 2xx body that is not JSON: " + body);
      return JSON.missingNode();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
  }

  private HttpRequest.Builder get(String path) {
    return request(path).GET();
  }

  private HttpRequest.Builder author(String path) {
    return request(path).header("Authorization", AUTHOR).header("Content-Type", "application/json");
  }

  private HttpRequest patch(String path, Long ifMatch, HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = author(path).method("PATCH", body);
    return (ifMatch == null ? request : request.header("If-Match", tag(ifMatch))).build();
  }

  /** A JSON object of the names and values given in turn, as the README documents the bodies. */
  private static HttpRequest.BodyPublisher body(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String title(String what) {
    return "Load " + what + " " + index + "." + ++titles;
  }

  private static String tag(long version) {
    return "\"v" + version + "\"";
  }

  private static long versionOf(String etag) {
    Matcher version = VERSION_TAG.matcher(etag.trim());
    return version.matches() ? Long.parseLong(version.group(1)) : 0;
  }
}
