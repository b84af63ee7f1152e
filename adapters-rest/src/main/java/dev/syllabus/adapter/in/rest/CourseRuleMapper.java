package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.CourseRuleException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * Driving adapter: a change the rules of the course aggregate refuse (a position past the end, a
 * node under the wrong kind of parent) answers 422 and names what broke the rule, as a field.
 */
final class CourseRuleMapper implements ExceptionMapper<CourseRuleException> {

  @Override
  public Response toResponse(CourseRuleException exception) {
    return Response.status(InvalidCommandMapper.UNPROCESSABLE_ENTITY)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ValidationErrorView(
                InvalidCommandMapper.UNPROCESSABLE_ENTITY,
                exception.getMessage(),
                List.of(new ValidationErrorView.FieldError(exception.subject(), exception.rule()))))
        .build();
  }
}
