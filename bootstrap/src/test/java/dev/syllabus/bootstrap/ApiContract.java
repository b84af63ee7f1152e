package dev.syllabus.bootstrap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

/**
 * The service's own OpenAPI description, held against every response the API suite receives: a
 * response it does not describe, or a request to an endpoint it does not name, fails the test. Only
 * where the service itself knows no such endpoint (404, 405) may the description not know it.
 */
final class ApiContract {

  /** The validator's keys for a path or a method that the description lacks. */
  private static final Set<String> UNKNOWN_ENDPOINT =
      Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");

  private final OpenApiInteractionValidator validator;

  private ApiContract(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** The contract {@code /openapi.json} states. */
  static ApiContract of(String openApiJson) {
    return new ApiContract(
        OpenApiInteractionValidator.createForInlineApiSpecification(openApiJson).build());
  }

  /** What the description finds wrong with this response to this request: empty if nothing. */
  List<String> violations(HttpRequest request, HttpResponse<String> response) {
    SimpleResponse.Builder described = SimpleResponse.Builder.status(response.statusCode());
    response.headers().map().forEach(described::withHeader);
    if (!response.body().isEmpty()) {
      described.withBody(response.body());
    }
    ValidationReport report =
        validator.validateResponse(
            request.uri().getRawPath(),
            Request.Method.valueOf(request.method()),
            described.build());
    boolean unknownToTheService = response.statusCode() == 404 || response.statusCode() == 405;
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !(unknownToTheService && UNKNOWN_ENDPOINT.contains(m.getKey())))
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }
}
