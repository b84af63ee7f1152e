package dev.syllabus.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws latency and statements against course size (S, M, L) as PNG, with XChart. */
final class Charts {

  private static final Shape[] SIZES = {Shape.S, Shape.M, Shape.L};
  private static final BasicStroke DASHED =
      new BasicStroke(
          1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 4}, 0);

  private Charts() {}

  static void write(List<Result> results, Path docs, double delay) throws IOException {
    Files.createDirectories(docs);
    XYChart latency = chart("Median latency per request", "median latency, ms (log scale)");
    series(
        latency,
        results,
        Subject.NAIVE_HTTP,
        delay,
        "naive, HTTP, " + Format.millis(delay) + " ms",
        new Color(0xC0392B),
        false);
    series(
        latency, results, Subject.NAIVE_HTTP, 0, "naive, HTTP, 0 ms", new Color(0xE67E22), false);
    series(
        latency,
        results,
        Subject.BATCHED_HTTP,
        delay,
        "batched, HTTP, " + Format.millis(delay) + " ms",
        new Color(0x1F618D),
        false);
    series(
        latency,
        results,
        Subject.BATCHED_HTTP,
        0,
        "batched, HTTP, 0 ms",
        new Color(0x27AE60),
        false);
    series(
        latency,
        results,
        Subject.JSON_FLOOR_JDBC,
        0,
        "JSON floor, JDBC, 0 ms",
        new Color(0x7D3C98),
        true);
    series(
        latency,
        results,
        Subject.ROW_FLOOR_JDBC,
        0,
        "row floor, JDBC, 0 ms",
        Color.DARK_GRAY,
        true);
    save(latency, docs.resolve("benchmarks-latency.png"));

    XYChart statements = chart("SQL statements per request", "statements (log scale)");
    statementSeries(statements, results, Subject.NAIVE_HTTP, "naive", new Color(0xC0392B));
    statementSeries(statements, results, Subject.BATCHED_HTTP, "batched", new Color(0x27AE60));
    save(statements, docs.resolve("benchmarks-statements.png"));
  }

  private static XYChart chart(String title, String yAxis) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(560)
            .title(title)
            .xAxisTitle("exercises in the course: S = 240, M = 5,000, L = 100,000 (log scale)")
            .yAxisTitle(yAxis)
            .build();
    XYStyler styler = chart.getStyler();
    styler.setXAxisLogarithmic(true);
    styler.setYAxisLogarithmic(true);
    styler.setLegendPosition(Styler.LegendPosition.InsideNW);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xDDDDDD));
    styler.setMarkerSize(8);
    styler.setDecimalPattern("#,##0.##");
    return chart;
  }

  private static void series(
      XYChart chart,
      List<Result> results,
      Subject subject,
      double delay,
      String name,
      Color color,
      boolean dashed) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Shape shape : SIZES) {
      results.stream()
          .filter(r -> r.subject() == subject && r.shape() == shape && r.delayMillis() == delay)
          .filter(r -> r.latency() != null)
          .findFirst()
          .ifPresent(
              r -> {
                x.add((double) shape.exercises());
                y.add(r.latency().medianMillis());
              });
    }
    if (!x.isEmpty()) {
      XYSeries series = chart.addSeries(name, x, y);
      series.setLineColor(color);
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
      if (dashed) {
        series.setLineStyle(DASHED);
      }
    }
  }

  private static void statementSeries(
      XYChart chart, List<Result> results, Subject subject, String name, Color color) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (Shape shape : SIZES) {
      results.stream()
          .filter(r -> r.subject() == subject && r.shape() == shape && r.statements() > 0)
          .findFirst()
          .ifPresent(
              r -> {
                x.add((double) shape.exercises());
                y.add((double) r.statements());
              });
    }
    if (!x.isEmpty()) {
      XYSeries series = chart.addSeries(name, x, y);
      series.setLineColor(color);
      series.setMarkerColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
  }

  private static void save(XYChart chart, Path file) throws IOException {
    String name = file.toString();
    BitmapEncoder.saveBitmap(
        chart, name.substring(0, name.length() - ".png".length()), BitmapEncoder.BitmapFormat.PNG);
  }
}
