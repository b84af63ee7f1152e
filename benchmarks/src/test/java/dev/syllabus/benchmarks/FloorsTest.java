package dev.syllabus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.service.GenerateCoursesService;
import io.dropwizard.jackson.Jackson;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The floors against the service's own code, on a real PostgreSQL with the real changelog. */
class FloorsTest {

  @RegisterExtension static final FreshDatabase DATABASE = FreshDatabase.perClass();

  private static final ObjectMapper JSON = Jackson.newObjectMapper();
  private static DataSource pool;
  private static CourseResource api;
  private static BenchData data;

  @BeforeAll
  static void generate() {
    Jdbi jdbi = DATABASE.jdbi();
    JdbiCourseTreeLoader loader = new JdbiCourseTreeLoader(jdbi);
    GenerateCoursesService generator =
        new GenerateCoursesService(
            new JdbiCourseTreeWriter(jdbi),
            loader,
            new JdbiCompletionStore(jdbi),
            AnnounceCourseChangesPort.NOBODY);
    long small = generate(generator, 1, Shape.S, false);
    long page = generate(generator, 50, Shape.PAGE, true);
    // Positions that differ from insertion order: the floor must order by position, not by id.
    DATABASE
        .jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "update lessons set position = 3 - position where position in (1, 2)"
                        + " and module_id = (select min(id) from course_modules where course_id = ?)",
                    small));
    data = BenchData.existing(DATABASE.database(), Map.of(Shape.S, small, Shape.PAGE, page));
    api =
        ResourceTarget.resourceOver(
            DATABASE.snapshotJdbi(), jdbi, new JdbiCourseTreeLoader(DATABASE.snapshotJdbi()));
    pool = Postgres.pool(DATABASE.database(), 2);
  }

  @AfterAll
  static void closePool() {
    pool.close(true);
  }

  @Test
  void theJsonFloorAnswersTheDocumentTheApiAnswersForACourse() throws Exception {
    byte[] floor = new JsonFloor(pool, data).document(Shape.S);

    assertThat(JSON.readTree(floor))
        .isEqualTo(
            apiDocument(
                api.course(
                        ResourceTarget.AUTHOR,
                        id(Shape.S),
                        null,
                        null,
                        null,
                        ResourceTarget.NO_HEADERS)
                    .getEntity()));
  }

  @Test
  void theJsonFloorAnswersThePageTheApiAnswersWithItsCursor() throws Exception {
    try (Connection connection = pool.getConnection()) {
      JsonNode first = JSON.readTree(JsonFloor.page(connection, true, 0, 30));
      assertThat(first)
          .isEqualTo(apiDocument(api.courses(ResourceTarget.AUTHOR, "true", "30", null, null)));
      assertThat(first.get("next").isTextual()).isTrue();

      long lastOfFirst = first.get("courses").get(29).get("id").asLong();
      JsonNode second = JSON.readTree(JsonFloor.page(connection, true, lastOfFirst, 30));
      assertThat(second)
          .isEqualTo(
              apiDocument(
                  api.courses(
                      ResourceTarget.AUTHOR, "true", "30", first.get("next").asText(), null)));
      assertThat(second.get("next").isNull()).isTrue();
      assertThat(second.get("courses")).hasSize(20);
    }
  }

  @Test
  void theFloorsRunWithPostgresJitOff() throws Exception {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet jit = statement.executeQuery("show jit")) {
      assertThat(jit.next()).isTrue();
      assertThat(jit.getString(1)).isEqualTo("off");
    }
  }

  @Test
  void theJsonFloorsPoolForcesPostgresGenericPlans() throws Exception {
    DataSource floorPool = Postgres.floorPool(DATABASE.database(), 1);
    try (Connection connection = floorPool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "select current_setting('plan_cache_mode'), current_setting('jit')")) {
      assertThat(settings.next()).isTrue();
      assertThat(settings.getString(1)).isEqualTo("force_generic_plan");
      assertThat(settings.getString(2)).isEqualTo("off");
    } finally {
      floorPool.close(true);
    }
  }

  @Test
  void theLoadersPoolReadsInReadOnlyRepeatableReadSnapshotsAsTheServicesDoes() throws Exception {
    DataSource readPool = Postgres.readPool(DATABASE.database(), 1);
    try (Connection connection = readPool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet settings =
            statement.executeQuery(
                "select current_setting('transaction_isolation'),"
                    + " current_setting('transaction_read_only')")) {
      assertThat(settings.next()).isTrue();
      assertThat(settings.getString(1)).isEqualTo("repeatable read");
      assertThat(settings.getString(2)).isEqualTo("on");
    } finally {
      readPool.close(true);
    }
  }

  @Test
  void theRowFloorReadsEveryRowOfACourseAndOfThePageInFourStatements() throws Exception {
    RowFloor floor = new RowFloor(pool, data);

    assertThat(floor.serve(Shape.S)).isEqualTo(new Target.Outcome(4, -1));
    assertThat(floor.serve(Shape.PAGE)).isEqualTo(new Target.Outcome(4, -1));
  }

  private static long generate(
      GenerateCoursesService generator, int courses, Shape shape, boolean published) {
    return generator
        .generateCourses(
            Viewer.author(),
            new GenerateCoursesCommand(
                courses,
                shape.course().modules(),
                shape.course().lessons(),
                shape.course().exercises(),
                published,
                Optional.empty()))
        .get(0)
        .value();
  }

  private static String id(Shape shape) {
    return String.valueOf(data.courseId(shape));
  }

  private static JsonNode apiDocument(Object view) throws Exception {
    return JSON.readTree(JSON.writeValueAsString(view));
  }
}
