package dev.syllabus.profiling;

import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Profiles every API request from the moment Jersey starts it to the moment its response is
 * written, which no filter can see: a response filter runs before the body is written.
 */
final class QueryProfilingListener implements ApplicationEventListener {

  private final StatementCounter counter;
  private final RequestProfiles profiles;
  private final String requestIdAttribute;

  QueryProfilingListener(
      StatementCounter counter, RequestProfiles profiles, String requestIdAttribute) {
    this.counter = counter;
    this.profiles = profiles;
    this.requestIdAttribute = requestIdAttribute;
  }

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    return ProfiledRequest.start(
        start.getContainerRequest(), counter, profiles, requestIdAttribute);
  }
}
