package dev.syllabus.adapter.in.rest;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Driving adapter's one error entry point: registers the mappers that turn the use cases' named
 * exceptions into JSON errors. Bootstrap registers this beside the resources.
 */
public final class RestErrorMappers implements Feature {

  @Override
  public boolean configure(FeatureContext context) {
    context.register(new CourseNotFoundMapper());
    context.register(new NodeNotFoundMapper());
    context.register(new ExerciseNotFoundMapper());
    context.register(new InvalidQueryMapper());
    context.register(new InvalidCommandMapper());
    context.register(new CourseRuleMapper());
    context.register(new JsonBodyMapper());
    context.register(new AccessDeniedMapper());
    context.register(new VersionMismatchMapper());
    context.register(new ConcurrentChangeMapper());
    context.register(new IdempotencyKeyReusedMapper());
    context.register(new IdempotencyKeyInUseMapper());
    context.register(new StoreUnavailableMapper());
    return true;
  }
}
