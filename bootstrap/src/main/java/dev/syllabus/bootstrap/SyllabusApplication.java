package dev.syllabus.bootstrap;

import dev.syllabus.adapter.in.rest.BodySizeLimit;
import dev.syllabus.adapter.in.rest.CourseResource;
import dev.syllabus.adapter.in.rest.LearnerDashboardResource;
import dev.syllabus.adapter.in.rest.NodeResource;
import dev.syllabus.adapter.in.rest.ProgressResource;
import dev.syllabus.adapter.in.rest.RestAuthentication;
import dev.syllabus.adapter.in.rest.RestErrorMappers;
import dev.syllabus.adapter.in.rest.StrictJson;
import dev.syllabus.adapter.in.rest.UnflushedBodies;
import dev.syllabus.adapter.in.rest.ViewJsonWriter;
import dev.syllabus.adapter.out.persistence.LiquibaseSchema;
import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.service.Services;
import dev.syllabus.bootstrap.operations.Operations;
import dev.syllabus.bootstrap.operations.RequestIds;
import dev.syllabus.profiling.QueryProfiling;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.migrations.MigrationsBundle;
import java.time.Clock;
import java.util.List;
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
            // Every db command asks for the data source first: `db migrate` works on a new server,
            // and on the embedded one where the service would use it.
            EmbeddedPostgresServer.reachForCommand(configuration.getDataSourceFactory());
            DatabaseSetup.createIfMissing(configuration);
            return configuration.getDataSourceFactory();
          }

          @Override
          public String getMigrationsFileName() {
            return LiquibaseSchema.CHANGELOG;
          }
        });
    ApiDescription.addPage(bootstrap);
    bootstrap.addCommand(new GenerateCommand(System.out));
    bootstrap.addCommand(new TokenCommand(System.out));
  }

  @Override
  public void run(SyllabusConfiguration configuration, Environment environment) {
    // Before anything listens: the public demo tokens never get beyond loopback.
    DemoTokens.allowOnLoopbackOnly(configuration);
    // Driven adapters, and the services over them, each knowing only ports.
    PersistenceAdapters.Chosen adapters = PersistenceAdapters.choose(configuration, environment);
    // Changes are announced to the HTTP caches in front, if any, once they are committed.
    HttpCacheSettings httpCache = configuration.getHttpCache();
    SyllabusUseCases useCases =
        Services.over(
            adapters.ports(),
            httpCache.courseChanges(),
            new Services.Settings(
                Clock.systemUTC(),
                configuration.getLimits().getIdempotencyKeyLifetime().toJavaDuration(),
                configuration.getLimits().courseLimits()));

    RequestIds requestIds = RequestIds.withRandomPrefix();
    Operations.install(environment, requestIds);

    // Driving adapters, and the profiling that watches their statements. The configuration has
    // been read by now, with the same mapper, leniently as it must be.
    QueryProfiling.install(
        environment, adapters.statements(), configuration.getProfiling(), RequestIds.KEY);
    StrictJson.applyTo(environment.getObjectMapper());
    // Jetty's own errors in JSON: the server's handler answers what fails before any context (an
    // ambiguous URI, 414, 431), the application context's what its filters refuse (TRACE, FOO).
    environment.getApplicationContext().setErrorHandler(new JsonErrorHandler(requestIds));
    environment.lifecycle().addEventListener(JsonErrorHandler.forTheServer(requestIds));
    environment
        .jersey()
        .register(new BodySizeLimit(configuration.getApi().getMaxRequestBody().toBytes()));
    environment.jersey().register(new RestAuthentication(configuration.getAuth().bearerTokens()));
    environment.jersey().register(new RestErrorMappers());
    environment.jersey().register(new ViewJsonWriter(environment.getObjectMapper()));
    environment.jersey().register(new UnflushedBodies());
    environment.jersey().register(httpCache.catalogCacheHeaders());
    environment.jersey().register(new CourseResource(useCases));
    environment.jersey().register(new NodeResource(useCases));
    environment.jersey().register(new ProgressResource(useCases));
    environment.jersey().register(new LearnerDashboardResource(useCases));
    ApiDescription.install(
        environment,
        List.of(
            CourseResource.class,
            NodeResource.class,
            ProgressResource.class,
            LearnerDashboardResource.class));

    if (configuration.getDemo().isSeedWhenEmpty()) {
      DemoCourse.seedIfEmpty(useCases.listCourseTrees(), useCases.importCourseTrees())
          .ifPresent(id -> LOG.info("Database was empty: created the demo course {}", id));
    }
  }
}
