package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * {@code --only limits}: the largest requests the limits allow, four at once, against the service
 * in a JVM of its own with {@link ChildJvm#HEAP_LIMIT}: four imports of a course at the node limit,
 * then four reads of them, then four pages of them, and one import a node over the limit. Prints
 * the time, peak heap and full collections of each step and whether the service ran out of memory,
 * writes them as a section of docs/benchmarks.md, and exits non-zero if any answer was not the
 * expected one or memory ran out.
 */
final class LimitsCheck {

  static final DocsSection SECTION = DocsSection.LIMITS;
  static final String COMMAND = "java -jar benchmarks/target/benchmarks.jar --only limits";
  private static final String DATABASE = "syllabus_limits";
  private static final String AUTHOR = "Bearer demo-author-token";
  private static final int AT_ONCE = 4;

  /**
   * The one setting changed from the shipped configuration. Inserting a course's 110,000 exercises
   * is one statement; four of them at once on a shared 2-core machine took longer than the shipped
   * 5 s, and three of the four imports answered 503. This check is about memory, so it gives the
   * statements time, and measures one import alone as well.
   */
  static final String STATEMENT_TIMEOUT = "30s";

  /** Longer than the statement timeout, as the configuration requires. */
  private static final String SOCKET_TIMEOUT = "45s";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Options options;
  private final Postgres postgres = Postgres.fromEnvironment();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Step> steps = new ArrayList<>();
  private int port; // the service's, once started
  private String pagesSeen = "";

  LimitsCheck(Options options) {
    this.options = options;
  }

  /** One step: what was sent, what came back, and what it cost the service. */
  record Step(
      String name,
      int requests,
      String answers,
      boolean expected,
      double wallMillis,
      double slowestMillis,
      long bytesPerAnswer,
      long peakHeapBytes,
      long liveAfterFullGcBytes,
      int fullCollections) {}

  private record Answer(int status, String body, double millis) {}

  /** Runs the check; true if every answer was the expected one and memory never ran out. */
  boolean run() throws Exception {
    options.requireFiles();
    Instant started = Instant.now();
    Machine machine = Machine.describe(postgres);
    System.out.println(machine.text());
    CourseLimits limits = CourseLimits.DEFAULT;
    CourseDraft largest = largestAllowed(limits);
    String body = importBody(largest);
    String overLimit =
        importBody(
            new CourseShape(1, 1, Math.toIntExact(limits.maxNodesPerCourse() - 1))
                .draft("One node over", true));
    System.out.printf(
        "The largest allowed course: %,d nodes, %s of JSON%n",
        CourseSize.of(largest).nodes(), Format.bytes(body.length()));
    PostgresDatabase database = postgres.database(DATABASE);
    database.drop(); // left over from an interrupted run: it is ours by name
    database.createIfMissing();
    boolean outOfMemory;
    boolean alive;
    try (ChildJvm service = start(database)) {
      JmxProbe probe = new JmxProbe(service.mbeans());
      stepOnce(
          "import a course at the node limit, alone", probe, post(port, "/courses", body), 201);
      List<Answer> imports =
          step("import a course at the node limit", probe, i -> post(port, "/courses", body), 201);
      List<Long> ids = new ArrayList<>();
      for (Answer answer : imports) {
        if (answer.status() == 201) {
          ids.add(JSON.readTree(answer.body()).get("id").asLong());
        }
      }
      step(
          "read one of them (`GET /courses/{id}`)",
          probe,
          i -> get(port, "/courses/" + ids.get(i % Math.max(1, ids.size()))),
          200);
      List<Answer> pages =
          step(
              "read a page of them (`GET /courses?limit=4`)",
              probe,
              i -> get(port, "/courses?limit=4"),
              200);
      describePages(pages);
      stepOnce(
          "import a course one node over the limit", probe, post(port, "/courses", overLimit), 422);
      alive = service.alive();
      outOfMemory = Files.readString(service.log()).contains("OutOfMemoryError");
    } finally {
      if (!options.keepDatabase()) {
        database.drop();
      }
    }
    boolean passed = !outOfMemory && alive && steps.stream().allMatch(Step::expected);
    String markdown =
        markdown(machine.withLoadAtEnd(), started, largest, body, outOfMemory, alive, passed);
    System.out.println();
    System.out.println(markdown);
    Path docs = options.docs().resolve("benchmarks.md");
    SECTION.write(docs, markdown);
    System.out.println("Wrote its section of " + docs + ".");
    return passed;
  }

  /** A course of exactly the node limit: 2 modules of one lesson each, the rest exercises. */
  static CourseDraft largestAllowed(CourseLimits limits) {
    long exercises = limits.maxNodesPerCourse() - 4;
    CourseDraft draft =
        new CourseShape(2, 1, Math.toIntExact(exercises / 2)).draft("Largest allowed", true);
    if (CourseSize.of(draft).nodes() != limits.maxNodesPerCourse()) {
      throw new IllegalStateException("the node limit must be even for this shape");
    }
    return draft;
  }

  private ChildJvm start(PostgresDatabase database) throws Exception {
    int port = ChildJvm.freePort();
    int adminPort = ChildJvm.freePort();
    System.out.println("Starting the service (" + ChildJvm.HEAP_LIMIT + ") on 127.0.0.1:" + port);
    ChildJvm service =
        ChildJvm.service(
            "limits-service",
            List.of(
                "-Ddw.demo.seedWhenEmpty=false",
                "-Ddw.database.statementTimeout=" + STATEMENT_TIMEOUT,
                "-Ddw.database.socketTimeout=" + SOCKET_TIMEOUT),
            options.serviceJar(),
            options.config(),
            database,
            port,
            adminPort,
            options.logs());
    this.port = port;
    return service;
  }

  private List<Answer> step(
      String name, JmxProbe probe, IntFunction<Callable<Answer>> request, int status)
      throws Exception {
    probe.resetHeap();
    int fullBefore = probe.fullCollections().count();
    ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
    long from = System.nanoTime();
    List<Answer> answers = new ArrayList<>();
    try {
      List<Future<Answer>> running = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        running.add(threads.submit(request.apply(i)));
      }
      for (Future<Answer> answer : running) {
        answers.add(answer.get());
      }
    } finally {
      threads.shutdownNow();
    }
    record(name, probe, fullBefore, from, answers, status);
    return answers;
  }

  private void stepOnce(String name, JmxProbe probe, Callable<Answer> request, int status)
      throws Exception {
    probe.resetHeap();
    int fullBefore = probe.fullCollections().count();
    long from = System.nanoTime();
    record(name, probe, fullBefore, from, List.of(request.call()), status);
  }

  private void record(
      String name, JmxProbe probe, int fullBefore, long from, List<Answer> answers, int status)
      throws Exception {
    double wall = (System.nanoTime() - from) / 1e6;
    Step step =
        new Step(
            name,
            answers.size(),
            answers.stream().map(a -> String.valueOf(a.status())).distinct().count() == 1
                ? answers.size() + " × " + answers.get(0).status()
                : answers.stream().map(a -> String.valueOf(a.status())).toList().toString(),
            answers.stream().allMatch(a -> a.status() == status),
            wall,
            answers.stream().mapToDouble(Answer::millis).max().orElse(0),
            (long) answers.stream().mapToInt(a -> a.body().length()).average().orElse(0),
            probe.peakHeapBytes(),
            probe.fullCollections().maxLiveAfterBytes(),
            probe.fullCollections().count() - fullBefore);
    steps.add(step);
    System.out.printf(
        Locale.ROOT,
        "%s: %s in %s ms (slowest %s ms), peak heap %s, %s live after a full GC, %d full"
            + " GCs%n",
        step.name(),
        step.answers(),
        Format.millis(step.wallMillis()),
        Format.millis(step.slowestMillis()),
        Format.bytes(step.peakHeapBytes()),
        Format.bytes(step.liveAfterFullGcBytes()),
        step.fullCollections());
  }

  private void describePages(List<Answer> pages) throws IOException {
    List<String> seen = new ArrayList<>();
    for (Answer page : pages) {
      if (page.status() == 200) {
        JsonNode json = JSON.readTree(page.body());
        seen.add(
            json.get("courses").size()
                + " course"
                + (json.get("courses").size() == 1 ? "" : "s")
                + (json.get("next").isNull() ? ", no next cursor" : ", a next cursor"));
      }
    }
    pagesSeen = seen.stream().distinct().toList().toString();
    System.out.println("Each page held: " + pagesSeen);
  }

  private Callable<Answer> post(int port, String path, String body) {
    return () ->
        send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", AUTHOR)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private Callable<Answer> get(int port, String path) {
    return () -> send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    long from = System.nanoTime();
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofMinutes(2)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(response.statusCode(), response.body(), (System.nanoTime() - from) / 1e6);
  }

  private static String importBody(CourseDraft draft) throws IOException {
    return JSON.writeValueAsString(
        Map.of(
            "title",
            draft.title(),
            "published",
            draft.published(),
            "modules",
            draft.modules().stream()
                .map(
                    module ->
                        Map.of(
                            "title",
                            module.title(),
                            "lessons",
                            module.lessons().stream()
                                .map(
                                    lesson ->
                                        Map.of(
                                            "title",
                                            lesson.title(),
                                            "exercises",
                                            lesson.exercises().stream()
                                                .map(
                                                    e ->
                                                        Map.of(
                                                            "type", e.type().code(),
                                                            "title", e.title()))
                                                .toList()))
                                .toList()))
                .toList()));
  }

  private String markdown(
      Machine machine,
      Instant started,
      CourseDraft largest,
      String body,
      boolean outOfMemory,
      boolean alive,
      boolean passed) {
    CourseSize size = CourseSize.of(largest);
    StringBuilder md = new StringBuilder();
    md.append("## Limits: the largest allowed requests, four at once, in 256 MiB\n\n");
    md.append("`")
        .append(COMMAND)
        .append("`, run ")
        .append(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                started.atOffset(ZoneOffset.UTC).withNano(0)))
        .append(" UTC on ")
        .append(machine.text())
        .append(".\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "The service's fat jar in a JVM of its own with `%s`, the shipped `config.yml`"
                + " (`limits.maxNodesPerCourse` %,d, `limits.maxExercisesPerPage` %,d,"
                + " `api.maxRequestBody` 6 MiB), except for `database.statementTimeout`, %s"
                + " instead of 5 s (and `socketTimeout` past it): inserting the exercises of one such course is one"
                + " statement, and four of them at once on this shared machine took longer than"
                + " 5 s (three of four imports answered 503 in the first run). Each import is a course at the node limit: 2"
                + " modules of one lesson, %,d nodes of which %,d exercises, %s of JSON. Four"
                + " requests at once per step but the first and the last; the heap and the full collections are the"
                + " service's during the step: its peak is what the heap held before a"
                + " collection, which fills the heap by design; what a full collection (one that"
                + " looks at the whole heap) left is what the requests really held at that moment"
                + " (– if there was none).%n%n",
            ChildJvm.HEAP_LIMIT,
            CourseLimits.DEFAULT.maxNodesPerCourse(),
            CourseLimits.DEFAULT.maxExercisesPerPage(),
            STATEMENT_TIMEOUT,
            size.nodes(),
            size.exercises(),
            Format.bytes(body.length())));
    md.append(
        "| step | requests | answers | wall time (ms) | slowest (ms) | bytes per answer | peak"
            + " heap | live after a full GC | full GCs |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (Step step : steps) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s%s | %s | %s | %s | %s | %s | %d |%n",
              step.name(),
              step.requests(),
              step.answers(),
              step.expected() ? "" : " (unexpected)",
              Format.millis(step.wallMillis()),
              Format.millis(step.slowestMillis()),
              Format.bytes(step.bytesPerAnswer()),
              Format.bytes(step.peakHeapBytes()),
              Format.bytes(step.liveAfterFullGcBytes()),
              step.fullCollections()));
    }
    md.append("\nEach page held ")
        .append(pagesSeen)
        .append(": a page stops before a course that would take it past its exercise budget.\n\n");
    md.append(
        outOfMemory
            ? "**An OutOfMemoryError occurred** (see the service's log).\n"
            : "No OutOfMemoryError occurred: the service's log has none");
    if (!outOfMemory) {
      md.append(
          alive
              ? ", and the service was still running at the end.\n"
              : ", but the service exited.\n");
    }
    md.append(passed ? "\n**PASS**\n" : "\n**FAIL**\n");
    return md.toString();
  }
}
