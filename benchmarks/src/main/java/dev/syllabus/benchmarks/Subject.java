package dev.syllabus.benchmarks;

/** What is measured, and how it is reached. */
enum Subject {
  BATCHED_HTTP("batched", "HTTP (service, -Xmx256m)"),
  NAIVE_HTTP("naive", "HTTP (service, -Xmx256m)"),
  JSON_FLOOR_HTTP("JSON floor", "HTTP (Jetty, -Xmx256m)"),
  /** Anonymous reads through Varnish in front of the batched service: hits, after the first. */
  CACHED_HTTP("batched", "HTTP through Varnish"),
  BATCHED_ALONE("batched", "loader alone"),
  NAIVE_ALONE("naive", "loader alone"),
  JSON_FLOOR_JDBC("JSON floor", "JDBC"),
  ROW_FLOOR_JDBC("row floor", "JDBC");

  private final String what;
  private final String how;

  Subject(String what, String how) {
    this.what = what;
    this.how = how;
  }

  String what() {
    return what;
  }

  String how() {
    return how;
  }
}
