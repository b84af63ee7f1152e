package dev.syllabus.bootstrap;

import dev.syllabus.adapter.in.rest.BodySizeLimit;
import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.in.rest.NodeResource;
import dev.syllabus.adapter.in.rest.ProgressResource;
import dev.syllabus.adapter.in.rest.RestAuthentication;
import dev.syllabus.adapter.in.rest.RestErrorMappers;
import dev.syllabus.adapter.in.rest.StrictJson;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.adapter.out.persistence.StatementCounter;
import dev.syllabus.application.port.in.AddChildUseCase;
import dev.syllabus.application.port.in.GetCourseTreeUseCase;
import dev.syllabus.application.port.in.GetCourseVersionUseCase;
import dev.syllabus.application.port.in.ImportCourseTreesUseCase;
import dev.syllabus.application.port.in.ListCourseTreesUseCase;
import dev.syllabus.application.port.in.TrackProgressUseCase;
import dev.syllabus.application.service.AddChildService;
import dev.syllabus.application.service.DeleteChildService;
import dev.syllabus.application.service.DeleteCourseService;
import dev.syllabus.application.service.EditChildService;
import dev.syllabus.application.service.EditCourseService;
import dev.syllabus.application.service.GetCourseTreeService;
import dev.syllabus.application.service.GetCourseVersionService;
import dev.syllabus.application.service.ImportCourseTreesService;
import dev.syllabus.application.service.ListCourseTreesService;
import dev.syllabus.application.service.TrackProgressService;
import dev.syllabus.bootstrap.profiling.QueryProfiling;
import dev.syllabus.domain.course.CourseLimits;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that knows every module. It prepares the database, then
 * wires driven adapters, services and driving adapters by hand, in that order.
 */
public class SyllabusApplication extends Application<SyllabusConfiguration> {

  private static final Logger LOG = LoggerFactory.getLogger(SyllabusApplication.class);

  public static void main(String[] args) throws Exception {
    new SyllabusApplication().run(args);
  }

  @Override
  public String getName() {
    return "syllabus";
  }

  @Override
  public void initialize(Bootstrap<SyllabusConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(
        new MigrationsBundle<>() {
          @Override
          public DataSourceFactory getDataSourceFactory(SyllabusConfiguration configuration) {
            // Every db command asks for the data source first: `db migrate` works on a new server.
            DatabaseSetup.createIfMissing(configuration);
            return configuration.getDataSourceFactory();
          }

          @Override
          public String getMigrationsFileName() {
            return LiquibaseSchema.CHANGELOG;
          }
        });
    bootstrap.addCommand(new GenerateCommand(System.out));
    bootstrap.addCommand(new TokenCommand(System.out));
  }

  @Override
  public void run(SyllabusConfiguration configuration, Environment environment) {
    // Before anything listens: the public demo tokens never get beyond loopback.
    DemoTokens.allowOnLoopbackOnly(configuration);
    DatabaseSetup.prepare(configuration);
    JdbiFactory jdbis = new JdbiFactory();
    Jdbi writes =
        jdbis.build(
            environment,
            configuration.getDataSourceFactory(),
            DatabaseSetup.writePool(configuration, environment.metrics()),
            "database");
    Jdbi reads =
        jdbis.build(
            environment,
            configuration.getDataSourceFactory(),
            DatabaseSetup.readPool(configuration, environment.metrics()),
            "database-reads");
    StatementCounter statements = StatementCounter.installOn(writes, reads);

    // Driven adapters.
    PersistenceAdapters adapters =
        PersistenceAdapters.over(reads, writes, configuration.getPersistence());

    // Services, one per use case, each knowing only ports (and the limits they keep).
    CourseLimits limits = configuration.getLimits().courseLimits();
    GetCourseTreeUseCase getCourseTree =
        new GetCourseTreeService(
            adapters.unitOfWork(), adapters.courseTrees(), adapters.completions());
    ListCourseTreesUseCase listCourseTrees =
        new ListCourseTreesService(adapters.courseTrees(), limits);
    GetCourseVersionUseCase getCourseVersion = new GetCourseVersionService(adapters.courseStates());
    ImportCourseTreesUseCase importCourseTrees =
        new ImportCourseTreesService(adapters.courseTreeStore(), limits);
    AddChildUseCase addChild = new AddChildService(adapters.courseTreeEditor(), limits);
    TrackProgressUseCase trackProgress =
        new TrackProgressService(
            adapters.unitOfWork(), adapters.courseStatesForWrites(), adapters.completionStore());

    // Driving adapters, and the profiling that watches their statements. The configuration has
    // been read by now, with the same mapper, leniently as it must be.
    QueryProfiling.install(environment, statements, configuration.getProfiling());
    StrictJson.applyTo(environment.getObjectMapper());
    // Jetty's own errors in JSON: the server's handler answers what fails before any context (an
    // ambiguous URI, 414, 431), the application context's what its filters refuse (TRACE, FOO).
    environment.getApplicationContext().setErrorHandler(new JsonErrorHandler());
    environment.lifecycle().addEventListener(JsonErrorHandler.forTheServer());
    environment
        .jersey()
        .register(new BodySizeLimit(configuration.getApi().getMaxRequestBody().toBytes()));
    environment.jersey().register(new RestAuthentication(configuration.getAuth().bearerTokens()));
    environment.jersey().register(new RestErrorMappers());
    environment
        .jersey()
        .register(
            new CourseResource(
                new CourseResource.Reading(getCourseTree, listCourseTrees, getCourseVersion),
                new CourseResource.Authoring(
                    importCourseTrees,
                    new EditCourseService(adapters.courseTreeEditor()),
                    new DeleteCourseService(adapters.courseTreeEditor()),
                    addChild)));
    environment
        .jersey()
        .register(
            new NodeResource(
                addChild,
                new EditChildService(adapters.courseTreeEditor(), limits),
                new DeleteChildService(adapters.courseTreeEditor())));
    environment.jersey().register(new ProgressResource(trackProgress));

    if (configuration.getDemo().isSeedWhenEmpty()) {
      DemoCourse.seedIfEmpty(listCourseTrees, importCourseTrees)
          .ifPresent(id -> LOG.info("Database was empty: created the demo course {}", id));
    }
  }
}
