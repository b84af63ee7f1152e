package dev.syllabus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tomcat.jdbc.pool.DataSource;

/**
 * {@code --only screens}: the reads a learning front end makes of less than a whole course (issue
 * 13) beside the ways to the same numbers without them, through HTTP against the service with each
 * loader: a course outline to its lessons with a learner's progress at every level (the M shape),
 * and a learner's dashboard over 50 courses begun. Checks that every way answers the same numbers,
 * writes its section of docs/benchmarks.md, and exits non-zero if one did not.
 */
final class ScreenReadsCheck {

  static final DocsSection SECTION = DocsSection.SCREENS;
  static final String COMMAND = "java -jar benchmarks/target/benchmarks.jar --only screens";
  private static final String DATABASE = "syllabus_screens";
  private static final String AUTHOR = "Bearer demo-author-token";
  private static final LearnerId OUTLINE_LEARNER = new LearnerId(7);
  private static final LearnerId DASHBOARD_LEARNER = new LearnerId(9);
  private static final int BEGUN = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Options options;
  private final Postgres postgres = Postgres.fromEnvironment();
  private final HttpClient http = HttpTarget.client();

  ScreenReadsCheck(Options options) {
    this.options = options;
  }

  /** One way to the numbers a screen shows: the requests it takes, to which service. */
  private record Way(String read, String name, int port, List<String> paths) {}

  /** What a way cost, round after round, and the numbers it gave. */
  private record Measured(
      Way way, int statements, long bytes, double[] roundMillis, List<Long> numbers) {

    double percentile(double p) {
      double[] sorted = roundMillis.clone();
      Arrays.sort(sorted);
      return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
  }

  boolean run() throws Exception {
    options.requireFiles();
    Instant started = Instant.now();
    Machine machine = Machine.describe(postgres);
    System.out.println(machine.text());
    PostgresDatabase database = postgres.database(DATABASE);
    database.drop(); // left over from an interrupted run: it is ours by name
    database.createIfMissing();
    try {
      LiquibaseSchema.migrate(database);
      System.out.println("Creating the M course and " + BEGUN + " courses of S, every second done");
      long outlined = generate(database);
      int batched = ChildJvm.freePort();
      int naive = ChildJvm.freePort();
      try (ChildJvm one = start("screens-batched", "batched", database, batched);
          ChildJvm two = start("screens-naive", "naive", database, naive)) {
        List<Measured> measured = new ArrayList<>();
        for (Way way : ways(outlined, batched, naive)) {
          Measured result = measure(way);
          measured.add(result);
          System.out.printf(
              Locale.ROOT,
              "%-9s %-58s %5d stmts %9s  median %8s ms  p90 %8s ms%n",
              way.read(),
              way.name(),
              result.statements(),
              Format.bytes(result.bytes()),
              Format.millis(result.percentile(0.5)),
              Format.millis(result.percentile(0.9)));
        }
        boolean same = sameNumbers(measured);
        String markdown = markdown(machine.withLoadAtEnd(), started, measured, same);
        System.out.println();
        System.out.println(markdown);
        Path docs = options.docs().resolve("benchmarks.md");
        SECTION.write(docs, markdown);
        System.out.println("Wrote its section of " + docs + ".");
        return same;
      }
    } finally {
      if (!options.keepDatabase()) {
        database.drop();
      }
    }
  }

  /** The M course with every second exercise done by learner 7; 50 S courses begun by learner 9. */
  private long generate(PostgresDatabase database) throws Exception {
    DataSource pool = Postgres.pool(database, 2);
    try {
      GenerateCoursesService generator = BenchData.generator(pool);
      Shape m = Shape.M;
      CourseId outlined =
          generator
              .generateCourses(
                  Viewer.author(),
                  new GenerateCoursesCommand(
                      1,
                      m.course().modules(),
                      m.course().lessons(),
                      m.course().exercises(),
                      true,
                      Optional.of(OUTLINE_LEARNER)))
              .get(0);
      Shape s = Shape.S;
      generator.generateCourses(
          Viewer.author(),
          new GenerateCoursesCommand(
              BEGUN,
              s.course().modules(),
              s.course().lessons(),
              s.course().exercises(),
              true,
              Optional.of(DASHBOARD_LEARNER)));
      BenchData.vacuum(database);
      return outlined.value();
    } finally {
      pool.close(true);
    }
  }

  private ChildJvm start(String name, String loading, PostgresDatabase database, int port)
      throws Exception {
    return ChildJvm.service(
        name,
        ChildJvm.benchmarkSettings(loading),
        options.serviceJar(),
        options.config(),
        database,
        port,
        ChildJvm.freePort(),
        options.logs());
  }

  private List<Way> ways(long outlined, int batched, int naive) throws Exception {
    String outline = "/courses/" + outlined + "?depth=lessons&learner=" + OUTLINE_LEARNER;
    String whole = "/courses/" + outlined + "?learner=" + OUTLINE_LEARNER;
    String dashboard = "/learners/" + DASHBOARD_LEARNER + "/progress?limit=" + BEGUN;
    List<String> trees = new ArrayList<>();
    for (JsonNode course : JSON.readTree(get(batched, dashboard).body()).get("courses")) {
      trees.add("/courses/" + course.get("id").asLong() + "?learner=" + DASHBOARD_LEARNER);
    }
    if (trees.size() != BEGUN) {
      throw new IllegalStateException(
          "the dashboard lists " + trees.size() + " courses, not " + BEGUN);
    }
    return List.of(
        new Way("outline", "`depth=lessons`, batched loader", batched, List.of(outline)),
        new Way("outline", "`depth=lessons`, naive loader", naive, List.of(outline)),
        new Way(
            "outline", "the whole tree, counted by the client, batched", batched, List.of(whole)),
        new Way("dashboard", "`GET /learners/{id}/progress`", batched, List.of(dashboard)),
        new Way("dashboard", "50 whole trees with `?learner=`, batched loader", batched, trees),
        new Way("dashboard", "50 whole trees with `?learner=`, naive loader", naive, trees));
  }

  /** Warms the way up, then times rounds of its requests, each round all of them in turn. */
  private Measured measure(Way way) throws Exception {
    int rounds = Math.max(5, (int) Math.round(30 * options.scale()));
    for (int warm = 0; warm < Math.max(3, rounds / 2); warm++) {
      for (String path : way.paths()) {
        get(way.port(), path);
      }
    }
    double[] millis = new double[rounds];
    int statements = 0;
    long bytes = 0;
    List<Long> numbers = List.of();
    for (int round = 0; round < rounds; round++) {
      List<HttpResponse<String>> answers = new ArrayList<>();
      long from = System.nanoTime();
      for (String path : way.paths()) {
        answers.add(get(way.port(), path));
      }
      millis[round] = (System.nanoTime() - from) / 1e6;
      if (round == 0) {
        for (HttpResponse<String> answer : answers) {
          statements +=
              answer.headers().firstValue("X-Query-Count").map(Integer::parseInt).orElse(0);
          bytes += answer.body().length();
        }
        numbers = numbers(way, answers);
      }
    }
    return new Measured(way, statements, bytes, millis, numbers);
  }

  /**
   * What a screen shows: the course's and each module's completed and total exercises for the
   * outline; each course's completed and total for the dashboard, counted by the client from the
   * whole trees where it has only those.
   */
  private static List<Long> numbers(Way way, List<HttpResponse<String>> answers) throws Exception {
    List<Long> numbers = new ArrayList<>();
    for (HttpResponse<String> answer : answers) {
      JsonNode body = JSON.readTree(answer.body());
      if (body.has("courses")) {
        for (JsonNode course : body.get("courses")) {
          numbers.add(course.get("completedExercises").asLong());
          numbers.add(course.get("totalExercises").asLong());
        }
        continue;
      }
      long completed = 0;
      long total = 0;
      List<Long> modules = new ArrayList<>();
      for (JsonNode module : body.get("modules")) {
        long moduleCompleted = 0;
        long moduleTotal = 0;
        for (JsonNode lesson : module.get("lessons")) {
          moduleCompleted += lesson.get("completedExercises").asLong();
          moduleTotal += lesson.get("totalExercises").asLong();
        }
        modules.add(moduleCompleted);
        modules.add(moduleTotal);
        completed += moduleCompleted;
        total += moduleTotal;
      }
      numbers.add(completed);
      numbers.add(total);
      if (way.read().equals("outline")) {
        numbers.addAll(modules);
      }
    }
    return numbers;
  }

  private static boolean sameNumbers(List<Measured> measured) {
    boolean same = true;
    for (Measured one : measured) {
      Measured first =
          measured.stream().filter(m -> m.way().read().equals(one.way().read())).findFirst().get();
      if (!one.numbers().equals(first.numbers())) {
        System.out.println("DIFFERENT NUMBERS: " + one.way().name() + " " + one.numbers());
        same = false;
      }
    }
    return same;
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTHOR)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response;
  }

  private String markdown(Machine machine, Instant started, List<Measured> measured, boolean same) {
    StringBuilder md = new StringBuilder();
    md.append("## Reads of less than a course: an outline and a dashboard\n\n")
        .append("`")
        .append(COMMAND)
        .append("`")
        .append(options.scale() < 1 ? " (with `--quick`: fewer rounds)" : "")
        .append(", on ")
        .append(DateTimeFormatter.ISO_LOCAL_DATE.format(started.atZone(ZoneOffset.UTC)))
        .append(": ")
        .append(machine.text())
        .append(
            ". The machine is shared with other builds, so the times are noisy: read the"
                + " statements and bytes, and the times as orders of magnitude.\n\n")
        .append(
            "Through HTTP on loopback, the service's jar with each loader (`-Xmx256m`), as the"
                + " author. The **outline** is the M course (10×50×10, 5,000 exercises) to its"
                + " lessons with learner 7's progress (every second exercise done) at every"
                + " level; without `depth`, a client gets the whole tree and adds the lessons'"
                + " counts up itself. The **dashboard** is learner 9's, who has done every second"
                + " exercise of 50 courses of S (5×8×6); without it, a client reads each of the"
                + " 50 trees with `?learner=` and counts. A row's time is one round of all its"
                + " requests in turn; ")
        .append(measured.get(0).roundMillis().length)
        .append(" rounds after a warm-up.\n\n")
        .append("| read | way | requests | statements | bytes | median ms | p90 ms |\n")
        .append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Measured one : measured) {
      md.append("| ")
          .append(one.way().read())
          .append(" | ")
          .append(one.way().name())
          .append(" | ")
          .append(one.way().paths().size())
          .append(" | ")
          .append(String.format(Locale.ROOT, "%,d", one.statements()))
          .append(" | ")
          .append(Format.bytes(one.bytes()))
          .append(" | ")
          .append(Format.millis(one.percentile(0.5)))
          .append(" | ")
          .append(Format.millis(one.percentile(0.9)))
          .append(" |\n");
    }
    md.append("\n")
        .append(
            same
                ? "Every way of a read gave the same numbers (the course's and each module's"
                    + " completed and total exercises; each course's for the dashboard)."
                : "**Some ways gave different numbers**: see the run's output.")
        .append(
            " On loopback a round trip costs little, so the statements the naive loader adds"
                + " barely show in these times; the main benchmark's 0.5 ms per round trip shows"
                + " what each costs farther from the database.\n");
    return md.toString();
  }
}
