package dev.syllabus.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.bootstrap.operations.RequestIds;
import io.dropwizard.jersey.errors.ErrorMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The errors Jetty answers itself, before Jersey sees the request, in the JSON shape of every other
 * error, {@code {"code": 405, "message": "Method Not Allowed"}}, whatever the client accepts and
 * whatever the method: Jetty's own handler writes HTML, and no body at all for TRACE or an unknown
 * method. As the server's handler it answers what the connection refuses before any context (an
 * ambiguous or malformed URI, 414, 431); as the application context's, what Dropwizard's
 * allowed-methods filter refuses there (405). The admin context has no handler of its own and falls
 * back on the server's, so the admin port's errors are JSON as well. Each carries a request id,
 * also those answered before the request-id filter could run.
 */
final class JsonErrorHandler extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RequestIds ids;

  JsonErrorHandler(RequestIds ids) {
    this.ids = ids;
  }

  /** Installs it as the server's error handler as the server starts: Dropwizard sets its own. */
  static LifeCycle.Listener forTheServer(RequestIds ids) {
    return new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        if (event instanceof Server server) {
          server.setErrorHandler(new JsonErrorHandler(ids));
        }
      }
    };
  }

  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    if (!response.getHeaders().contains(RequestIds.HEADER)) {
      response
          .getHeaders()
          .put(RequestIds.HEADER, ids.acceptOrMake(request.getHeaders().get(RequestIds.HEADER)));
    }
    if (!generateAcceptableResponse(
        request,
        response,
        callback,
        MimeTypes.Type.APPLICATION_JSON.asString(),
        List.of(StandardCharsets.UTF_8),
        code,
        message,
        cause)) {
      callback.succeeded();
    }
  }

  @Override
  protected void writeErrorJson(
      Request request, PrintWriter writer, int code, String message, Throwable cause) {
    // Jetty falls back on the exception's toString, class name and all: that never goes out.
    boolean plain = message != null && (cause == null || !message.equals(cause.toString()));
    try {
      writer.write(
          JSON.writeValueAsString(
              new ErrorMessage(code, plain ? message : HttpStatus.getMessage(code))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An ErrorMessage is always writable", e);
    }
  }
}
