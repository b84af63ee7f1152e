package dev.syllabus.benchmarks;

import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH benchmark of every in-process target: one request of a shape, served by a kind, on the
 * benchmark's database directly or through the delay proxy. {@link InProcess} runs it, each
 * combination in a JVM of its own, with the warm-up, iterations and threads it chooses; JMH's
 * generated code must see this class and its parameters, so they are public.
 */
@State(Scope.Benchmark)
public class InProcessBenchmark {

  /** An {@link InProcessTargets.Kind}. */
  @Param("BATCHED")
  public String kind;

  /** A {@link Shape}. */
  @Param("S")
  public String shape;

  /** The benchmark's database, directly or through the delay proxy. */
  @Param("")
  public String url;

  /** Its user; the password, if any, is PGPASSWORD's, which this fork inherits. */
  @Param("postgres")
  public String user;

  /** The single-course shapes' course ids, as {@link #courseIds(BenchData)} writes them. */
  @Param("")
  public String courses;

  private InProcessTargets targets;
  private Target target;
  private Shape served;

  @Setup(Level.Trial)
  public void open() {
    var database =
        new PostgresDatabase(
            url, user, Objects.requireNonNullElse(System.getenv("PGPASSWORD"), ""));
    BenchData data = BenchData.existing(database, parse(courses));
    targets = new InProcessTargets(database, data);
    target = targets.target(InProcessTargets.Kind.valueOf(kind));
    served = Shape.valueOf(shape);
  }

  @Benchmark
  public Object serve() throws Exception {
    return target.serve(served); // returned, so that JMH consumes it
  }

  @TearDown(Level.Trial)
  public void close() {
    targets.close();
  }

  /** The parameter {@link #courses} for the data: {@code S=1,M=2,L=3}. */
  static String courseIds(BenchData data) {
    StringBuilder ids = new StringBuilder();
    new EnumMap<>(data.courseIds())
        .forEach(
            (shape, id) ->
                ids.append(ids.isEmpty() ? "" : ",").append(shape).append('=').append(id));
    return ids.toString();
  }

  private static Map<Shape, Long> parse(String courses) {
    Map<Shape, Long> ids = new EnumMap<>(Shape.class);
    for (String entry : courses.split(",")) {
      String[] shapeAndId = entry.split("=");
      ids.put(Shape.valueOf(shapeAndId[0]), Long.parseLong(shapeAndId[1]));
    }
    return ids;
  }
}
