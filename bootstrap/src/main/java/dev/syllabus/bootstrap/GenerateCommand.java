package dev.syllabus.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.application.port.in.GenerateCoursesCommand;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.service.GenerateCoursesService;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.LearnerId;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Driving adapter for operators: {@code generate [--courses C] [--modules M] [--lessons L]
 * [--exercises E] [--published] [--completions-for LEARNER] config.yml} creates synthetic courses
 * with batched inserts and prints each new course id on its own line.
 */
final class GenerateCommand extends ConfiguredCommand<SyllabusConfiguration> {

  private final PrintStream out;

  GenerateCommand(PrintStream out) {
    super("generate", "Creates synthetic courses of a given shape and prints their ids");
    this.out = out;
  }

  @Override
  public void configure(Subparser subparser) {
    super.configure(subparser);
    count(subparser, "--courses", 1, "how many courses (default 1)");
    count(subparser, "--modules", 5, "modules per course (default 5)");
    count(subparser, "--lessons", 8, "lessons per module (default 8)");
    count(subparser, "--exercises", 6, "exercises per lesson (default 6)");
    subparser
        .addArgument("--published")
        .action(Arguments.storeTrue())
        .help("publish the courses (default: unpublished)");
    subparser
        .addArgument("--completions-for")
        .dest("completionsFor")
        .type(Long.class)
        .metavar("LEARNER")
        .help("learner id who completes every second exercise");
  }

  private static void count(Subparser subparser, String flag, int byDefault, String help) {
    subparser.addArgument(flag).type(Integer.class).setDefault(byDefault).metavar("N").help(help);
  }

  @Override
  protected void run(
      Bootstrap<SyllabusConfiguration> bootstrap,
      Namespace namespace,
      SyllabusConfiguration configuration)
      throws Exception {
    if (configuration.getPersistence().getAdapter() == PersistenceSettings.Adapter.MEMORY) {
      throw new IllegalArgumentException(
          "generate writes courses to the database, but persistence.adapter is memory: courses in"
              + " memory would be gone when this command ends. Run it with persistence.adapter:"
              + " jdbi, or import courses into a running server (POST /courses).");
    }
    EmbeddedPostgresServer.reachForCommand(configuration.getDataSourceFactory());
    DatabaseSetup.prepare(configuration);
    ManagedDataSource dataSource =
        configuration.getDataSourceFactory().build(new MetricRegistry(), "generate");
    try {
      Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
      GenerateCoursesService generator =
          new GenerateCoursesService(
              new JdbiCourseTreeWriter(jdbi),
              PersistenceAdapters.loader(jdbi, configuration.getPersistence()),
              new JdbiCompletionStore(jdbi),
              configuration.getHttpCache().courseChanges());
      // Whoever runs a command holds the database's credentials: they act as an author.
      List<CourseId> ids =
          generator.generateCourses(
              Viewer.author(),
              new GenerateCoursesCommand(
                  namespace.getInt("courses"),
                  namespace.getInt("modules"),
                  namespace.getInt("lessons"),
                  namespace.getInt("exercises"),
                  namespace.getBoolean("published"),
                  Optional.ofNullable(namespace.getLong("completionsFor")).map(LearnerId::new)));
      ids.forEach(out::println);
    } finally {
      dataSource.stop();
    }
  }
}
