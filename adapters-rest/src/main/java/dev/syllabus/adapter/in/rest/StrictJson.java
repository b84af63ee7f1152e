package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Driving adapter: request bodies are read as they are written or not at all. Jackson by default
 * turns {@code 12345} into the title "12345", {@code 1} into {@code true}, {@code 1.5} and {@code
 * "1"} into the position 1, and skips a misspelt {@code "postion"}: each a silent change of what
 * the author meant. Here each fails, and {@link JsonBodyMapper} answers 422 naming the field.
 */
public final class StrictJson {

  private StrictJson() {}

  /**
   * Makes the mapper that Jersey reads request bodies with strict, and returns it. Dropwizard reads
   * the configuration with the same mapper, where {@code -Ddw.x=y} overrides arrive as strings and
   * must keep coercing: apply this once the configuration is read, in {@code Application.run}.
   */
  public static ObjectMapper applyTo(ObjectMapper mapper) {
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    // Each type arrives only in its own JSON shape: a title as a string, a position as an integer.
    refuse(
        mapper,
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(
        mapper,
        LogicalType.Integer,
        CoercionInputShape.String,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(
        mapper,
        LogicalType.Boolean,
        CoercionInputShape.String,
        CoercionInputShape.Integer,
        CoercionInputShape.Float);
    return mapper;
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
