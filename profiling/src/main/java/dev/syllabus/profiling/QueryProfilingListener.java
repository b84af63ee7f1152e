package dev.syllabus.profiling;

import java.util.function.Consumer;
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
  private final int statementsKept;
  private final Consumer<RequestProfile> finished;
  private final String requestIdAttribute;

  QueryProfilingListener(
      StatementCounter counter,
      int statementsKept,
      Consumer<RequestProfile> finished,
      String requestIdAttribute) {
    this.counter = counter;
    this.statementsKept = statementsKept;
    this.finished = finished;
    this.requestIdAttribute = requestIdAttribute;
  }

  @Override
  public void onEvent(ApplicationEvent event) {}

  @Override
  public RequestEventListener onRequest(RequestEvent start) {
    return ProfiledRequest.start(
        start.getContainerRequest(), counter.open(statementsKept), finished, requestIdAttribute);
  }
}
