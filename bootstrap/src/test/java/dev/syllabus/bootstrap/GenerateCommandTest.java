package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.persistence.FreshDatabase;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.PostgresDatabase;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GenerateCommandTest {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @BeforeEach
  void point_the_configuration_at_the_test_database() {
    PostgresDatabase db = DB.database();
    System.setProperty("dw.database.url", db.url());
    System.setProperty("dw.database.user", db.user());
    System.setProperty("dw.database.password", db.password());
  }

  @AfterEach
  void forget_the_test_database() {
    System.clearProperty("dw.database.url");
    System.clearProperty("dw.database.user");
    System.clearProperty("dw.database.password");
  }

  private List<CourseId> generate(String... arguments) throws Exception {
    Bootstrap<SyllabusConfiguration> bootstrap = new Bootstrap<>(new SyllabusApplication());
    bootstrap.addCommand(
        new GenerateCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8)));
    Cli cli = new Cli(new JarLocation(getClass()), bootstrap, stdout, stderr);
    String[] command = new String[arguments.length + 2];
    command[0] = "generate";
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    command[command.length - 1] = ResourceHelpers.resourceFilePath("test-config.yml");

    Optional<Throwable> failure = cli.run(command);

    assertThat(failure).as(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    return Arrays.stream(stdout.toString(StandardCharsets.UTF_8).split("\\R"))
        .filter(line -> !line.isBlank())
        .map(line -> new CourseId(Long.parseLong(line.trim())))
        .toList();
  }

  @Test
  void it_prints_one_new_course_id_per_line_for_courses_of_the_asked_shape() throws Exception {
    List<CourseId> ids =
        generate("--courses", "3", "--modules", "2", "--lessons", "4", "--exercises", "5");

    List<Course> courses = new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(ids);
    assertThat(courses).hasSize(3).noneMatch(Course::published);
    assertThat(courses.get(0).modules()).hasSize(2);
    assertThat(courses.get(0).modules().get(1).lessons()).hasSize(4);
    assertThat(courses.get(0).exerciseIds()).hasSize(40);
  }

  @Test
  void the_named_learner_completes_every_second_exercise_of_published_courses() throws Exception {
    List<CourseId> ids =
        generate(
            "--modules",
            "1",
            "--lessons",
            "2",
            "--exercises",
            "3",
            "--published",
            "--completions-for",
            "9");

    Course course = new JdbiCourseTreeLoader(DB.jdbi()).loadCourseTrees(ids).get(0);
    assertThat(course.published()).isTrue();
    assertThat(
            new JdbiCompletionStore(DB.jdbi())
                .loadCompletions(new LearnerId(9), course.exerciseIds())
                .completed())
        .containsExactlyInAnyOrder(
            course.exerciseIds().get(0), course.exerciseIds().get(2), course.exerciseIds().get(4));
  }
}
