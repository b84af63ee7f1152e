package dev.syllabus.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the batched path spends its time and allocation, in this JVM at 0 ms: the same request
 * taken one layer further at each step, from the rows alone to the JSON bytes. The difference
 * between two steps is what the layer between them costs.
 */
final class Breakdown {

  /** One step: its name, the shape, median and p99 latency, and bytes allocated per call. */
  record Step(String name, Shape shape, Samples latency, long allocatedPerCall) {}

  private Breakdown() {}

  /** Measures every step, side by side, for each shape. */
  static List<Step> measure(Map<String, Target> steps, List<Shape> shapes, double scale)
      throws Exception {
    List<Step> measured = new ArrayList<>();
    List<String> names = new ArrayList<>(steps.keySet());
    for (Shape shape : shapes) {
      List<Runner.Cell> cells = new ArrayList<>();
      for (Target step : steps.values()) {
        cells.add(new Runner.Cell(Subject.BATCHED_ALONE, 0, step, Probe.currentThread(), () -> -1));
      }
      List<Result> results = Runner.measure(cells, shape, Budget.of(shape, scale).withoutLoad());
      for (int i = 0; i < names.size(); i++) {
        Result result = results.get(i);
        if (result.latency() == null) {
          throw new IllegalStateException("step failed: " + names.get(i));
        }
        measured.add(new Step(names.get(i), shape, result.latency(), result.allocatedPerRequest()));
        System.out.printf(
            "  %-4s %-58s median %8s ms  %10s allocated%n",
            shape.label(),
            names.get(i),
            Format.millis(result.latency().medianMillis()),
            Format.bytes(result.allocatedPerRequest()));
      }
    }
    return measured;
  }

  static Map<String, Target> steps(
      Target rowFloor, Target jdbiRows, Target loader, Target views, Target json) {
    Map<String, Target> steps = new LinkedHashMap<>();
    steps.put("1 row floor: 4 statements, JDBC, rows read and dropped", rowFloor);
    steps.put("2 + Jdbi SqlObject into row records", jdbiRows);
    steps.put("3 + assembled into the Course aggregate (the loader)", loader);
    steps.put("4 + use case and response views (CourseResource)", views);
    steps.put("5 + the JSON written (Jackson with Blackbird, as the service)", json);
    return steps;
  }
}
