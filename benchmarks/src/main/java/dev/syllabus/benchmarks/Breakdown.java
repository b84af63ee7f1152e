package dev.syllabus.benchmarks;

import dev.syllabus.benchmarks.InProcessTargets.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the batched path spends its time and allocation, in process at 0 ms: the same request taken
 * one layer further at each step, from the rows alone to the JSON bytes. The difference between two
 * steps is what the layer between them costs. JMH measures each step as it measures the subjects
 * ({@link InProcess}).
 */
final class Breakdown {

  /** One step: its name, the shape, median and p99 latency, and bytes allocated per call. */
  record Step(String name, Shape shape, Samples latency, long allocatedPerCall) {}

  /** The steps, in order, each with the kind of target that takes the request that far. */
  static final Map<String, Kind> STEPS = steps();

  private Breakdown() {}

  /** Every step for each shape, as measured; prints a line per step. */
  static List<Step> of(InProcess measured, List<Shape> shapes) {
    List<Step> steps = new ArrayList<>();
    for (Shape shape : shapes) {
      STEPS.forEach(
          (name, kind) -> {
            Step step = measured.step(name, kind, shape);
            steps.add(step);
            System.out.printf(
                "  %-4s %-58s median %8s ms  %10s allocated%n",
                shape.label(),
                name,
                Format.millis(step.latency().medianMillis()),
                Format.bytes(step.allocatedPerCall()));
          });
    }
    return steps;
  }

  private static Map<String, Kind> steps() {
    Map<String, Kind> steps = new LinkedHashMap<>();
    steps.put("1 row floor: 4 statements, JDBC, rows read and dropped", Kind.ROW_FLOOR);
    steps.put("2 + Jdbi SqlObject into row records", Kind.JDBI_ROWS);
    steps.put("3 + assembled into the Course aggregate (the loader)", Kind.BATCHED);
    steps.put("4 + use case and response views (CourseResource)", Kind.VIEWS);
    steps.put("5 + the JSON written (Jackson with Blackbird, as the service)", Kind.JSON);
    return steps;
  }
}
