package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.syllabus.application.port.in.InvalidCommandException;
import io.dropwizard.jersey.jackson.JsonProcessingExceptionMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Driving adapter: a well-formed body whose value has the wrong type, or a field the request does
 * not have, answers 422 naming the field by its JSON path ({@code modules[0].lessons[1].title}), as
 * the use cases' rules do. Malformed JSON stays Dropwizard's 400, a broken mapping its 500; and a
 * request the body stream itself stopped, such as a chunked body over the size limit, keeps the
 * answer the stream gave, which Jackson had wrapped.
 */
final class JsonBodyMapper implements ExceptionMapper<JsonMappingException> {

  private final JsonProcessingExceptionMapper dropwizard = new JsonProcessingExceptionMapper();
  private final InvalidCommandMapper invalid = new InvalidCommandMapper();

  @Override
  public Response toResponse(JsonMappingException exception) {
    Optional<WebApplicationException> stopped = cause(exception, WebApplicationException.class);
    if (stopped.isPresent()) {
      return stopped.get().getResponse();
    }
    // Only a value read from the body is the client's to fix: a mapping that fails while a
    // response is written, or a mapping that cannot exist, is Dropwizard's to answer as before.
    boolean aValueOfTheBody =
        exception.getProcessor() instanceof JsonParser
            && !(exception instanceof InvalidDefinitionException)
            && cause(exception, JsonParseException.class).isEmpty();
    return aValueOfTheBody
        ? invalid.toResponse(InvalidCommandException.of(field(exception), problem(exception)))
        : dropwizard.toResponse(exception);
  }

  /** The JSON path of the value Jackson stopped at; "body" when it is the whole body. */
  private static String field(JsonMappingException exception) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : exception.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String problem(JsonMappingException exception) {
    if (exception instanceof UnrecognizedPropertyException unknown) {
      return "is not a field of this request; the fields are "
          + names(unknown.getKnownPropertyIds());
    }
    Optional<InputCoercionException> tooBig = cause(exception, InputCoercionException.class);
    if (tooBig.isPresent()) {
      return "must be " + expected(tooBig.get().getTargetType()) + " in range";
    }
    return exception instanceof MismatchedInputException mismatch
        ? "must be " + expected(mismatch.getTargetType())
        : "is not valid here";
  }

  /** What a value of the type looks like in JSON, in the words of the API's documentation. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.of(Integer.class, int.class, Long.class, long.class).contains(type)) {
      return "a whole number";
    }
    return Collection.class.isAssignableFrom(type) ? "an array" : "an object";
  }

  private static String names(Collection<Object> known) {
    return known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }
}
