package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Driving adapter: writes this adapter's views (its records) as JSON with the service's object
 * mapper, the bytes Jackson's own JAX-RS provider writes, for less per response. That provider
 * looks up its settings by the resource method's annotations, and hashing them (the OpenAPI
 * descriptions included) cost every response more than writing an S tree's modules. Here each view
 * type has one {@link ObjectWriter}, and the stream is neither flushed nor closed: completing the
 * answer is Jersey's and Jetty's.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public final class ViewJsonWriter implements MessageBodyWriter<Record> {

  private final ClassValue<ObjectWriter> writers;

  public ViewJsonWriter(ObjectMapper mapper) {
    this.writers =
        new ClassValue<>() {
          @Override
          protected ObjectWriter computeValue(Class<?> view) {
            return mapper
                .writerFor(view)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
          }
        };
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord()
        && type.getPackageName().equals(ViewJsonWriter.class.getPackageName())
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType);
  }

  @Override
  public void writeTo(
      Record view,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream body)
      throws java.io.IOException {
    writers.get(view.getClass()).writeValue(body, view);
  }
}
