package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.benchmarks.InProcessTargets.Kind;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JMH forks, measures and reports in-process kinds on a real PostgreSQL, in a very short run. */
class InProcessTest {

  @RegisterExtension static final FreshDatabase DATABASE = FreshDatabase.perClass();

  /**
   * JMH takes a machine-wide lock so that two runs do not disturb each other's figures; this test
   * keeps none of its figures, and must not fail because another build measures meanwhile.
   */
  @BeforeAll
  static void ignoreOtherJmhRuns() {
    System.setProperty("jmh.ignoreLock", "true");
  }

  @Test
  void jmhMeasuresEachKindInAForkAndThisJvmCountsItsStatements() throws Exception {
    BenchData data = BenchData.existing(DATABASE.database(), Map.of(Shape.S, generateS()));
    PostgresDatabase database = DATABASE.database();
    URI server = URI.create(database.url().substring("jdbc:".length()));
    Options options =
        new Options(0.05, null, null, null, Path.of("target", "jmh-test-logs"), 0.5, true, null);
    try (DelayProxy proxy =
            DelayProxy.start(
                new InetSocketAddress(server.getHost(), server.getPort()), Duration.ZERO);
        InProcess inProcess = new InProcess(options, data, proxy, database)) {

      inProcess.latency(Shape.S, 0, List.of(Kind.ROW_FLOOR, Kind.BATCHED));

      Result rowFloor = inProcess.result(Subject.ROW_FLOOR_JDBC, Shape.S, 0);
      assertThat(rowFloor.statements()).isEqualTo(4);
      assertThat(rowFloor.latency().count()).isPositive();
      assertThat(rowFloor.latency().medianMillis()).isPositive();
      assertThat(rowFloor.allocatedPerRequest()).isPositive();
      assertThat(rowFloor.gcMillisPerRequest()).isNotNegative();
      assertThat(rowFloor.throughput()).isEqualTo(-1); // not measured in this test

      Result loader = inProcess.result(Subject.BATCHED_ALONE, Shape.S, 0);
      assertThat(loader.statements()).isEqualTo(4);
      assertThat(loader.allocatedPerRequest()).isGreaterThan(rowFloor.allocatedPerRequest());

      assertThat(inProcess.result(Subject.NAIVE_ALONE, Shape.S, 0).latency()).isNull();
      assertThatThrownBy(() -> inProcess.step("views", Kind.VIEWS, Shape.S))
          .hasMessageContaining("step failed: views");
    }
  }

  private static long generateS() {
    Jdbi jdbi = DATABASE.jdbi();
    return new GenerateCoursesService(
            new JdbiCourseTreeWriter(jdbi),
            new JdbiCourseTreeLoader(jdbi),
            new JdbiCompletionStore(jdbi),
            AnnounceCourseChangesPort.NOBODY)
        .generateCourses(
            Viewer.author(),
            new GenerateCoursesCommand(
                1,
                Shape.S.course().modules(),
                Shape.S.course().lessons(),
                Shape.S.course().exercises(),
                false,
                Optional.empty()))
        .get(0)
        .value();
  }
}
