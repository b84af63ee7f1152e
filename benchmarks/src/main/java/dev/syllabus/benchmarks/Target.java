package dev.syllabus.benchmarks;

/** A way of serving the shapes, measured by {@link Runner}: one call serves one request. */
interface Target {

  /** Serves one request for the shape; throws if the answer is wrong. */
  Outcome serve(Shape shape) throws Exception;

  /** What one request cost: statements run (-1 if not counted) and bytes answered (-1 if none). */
  record Outcome(int statements, long bytes) {}
}
