package dev.syllabus.bootstrap;

import static dev.syllabus.bootstrap.RunningSyllabus.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI description the service serves, and the contract the API suite holds it to. */
class ApiDescriptionApiTest {

  @RegisterExtension static final RunningSyllabus SYLLABUS = RunningSyllabus.with();

  @Test
  void theDescriptionIsOpenApi31AndNamesEveryEndpoint() {
    HttpResponse<String> response = SYLLABUS.get("/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode description = json(response);
    assertThat(description.get("openapi").asText()).startsWith("3.1.");
    List<String> operations = new ArrayList<>();
    description
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> operations.add(method + " " + path.getKey())));
    assertThat(operations)
        .containsExactlyInAnyOrder(
            "get /courses",
            "post /courses",
            "get /courses/{id}",
            "patch /courses/{id}",
            "delete /courses/{id}",
            "post /courses/{id}/modules",
            "get /{kind}/{id}",
            "patch /{kind}/{id}",
            "delete /{kind}/{id}",
            "post /{kind}/{id}/{children}",
            "put /learners/{learner}/completions/{exercise}",
            "delete /learners/{learner}/completions/{exercise}",
            "get /learners/{learner}/progress",
            "get /ready");
  }

  @Test
  void readsNeedNoTokenAndWritesNeedABearerToken() {
    JsonNode paths = json(SYLLABUS.get("/openapi.json")).get("paths");

    assertThat(paths.at("/~1courses~1{id}/get/security").isMissingNode()).isTrue();
    assertThat(paths.at("/~1courses/get/security").isMissingNode()).isTrue();
    assertThat(paths.at("/~1{kind}~1{id}/get/security").isMissingNode()).isTrue();
    assertThat(paths.at("/~1learners~1{learner}~1progress/get/security/0").has("bearer")).isTrue();
    assertThat(paths.at("/~1courses/post/security/0").has("bearer")).isTrue();
    assertThat(paths.at("/~1{kind}~1{id}/patch/security/0").has("bearer")).isTrue();
    assertThat(paths.at("/~1{kind}~1{id}/delete/security/0").has("bearer")).isTrue();
    assertThat(paths.at("/~1{kind}~1{id}~1{children}/post/security/0").has("bearer")).isTrue();
    assertThat(
            json(SYLLABUS.get("/openapi.json"))
                .at("/components/securitySchemes/bearer/scheme")
                .asText())
        .isEqualTo("bearer");
  }

  @Test
  void theDescriptionIsAlsoYaml() {
    HttpResponse<String> response = SYLLABUS.get("/openapi.yaml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("openapi: 3.1.");
  }

  @Test
  void theApiPageLoadsSwaggerUiOnTheDescription() {
    HttpResponse<String> page = SYLLABUS.get("/api-docs/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body())
        .contains("../webjars/swagger-ui/swagger-ui-bundle.js", "initializer.js");
    assertThat(SYLLABUS.get("/api-docs/initializer.js").body()).contains("../openapi.json");
    HttpResponse<String> bundle = SYLLABUS.get("/webjars/swagger-ui/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
    assertThat(SYLLABUS.get("/webjars/swagger-ui/swagger-ui.css").statusCode()).isEqualTo(200);
  }

  @Test
  void everyErrorHasTheErrorShape() {
    JsonNode error = json(SYLLABUS.get("/openapi.json")).at("/components/schemas/Error");

    assertThat(error.get("required")).extracting(JsonNode::asText).contains("code", "message");
    assertThat(error.at("/properties/errors/type").asText()).isEqualTo("array");
  }

  @Test
  void aResponseTheDescriptionDoesNotDescribeIsCaught() {
    ApiContract contract = ApiContract.of(SYLLABUS.get("/openapi.json").body());
    HttpRequest get = HttpRequest.newBuilder(SYLLABUS.uri("/courses/1")).GET().build();

    assertThat(contract.violations(get, response(get, 200, "{\"id\":1,\"title\":\"No modules\"}")))
        .anyMatch(v -> v.contains("modules"));
    assertThat(contract.violations(get, response(get, 418, "{\"code\":418,\"message\":\"tea\"}")))
        .isNotEmpty();
    assertThat(contract.violations(get, response(get, 404, "{\"code\":404}")))
        .anyMatch(v -> v.contains("message"));
  }

  @Test
  void anEndpointTheDescriptionDoesNotNameIsCaught() {
    ApiContract contract = ApiContract.of(SYLLABUS.get("/openapi.json").body());
    HttpRequest unnamed = HttpRequest.newBuilder(SYLLABUS.uri("/teachers/1")).GET().build();

    assertThat(contract.violations(unnamed, response(unnamed, 200, "{}"))).isNotEmpty();
    assertThat(
            contract.violations(
                unnamed,
                response(unnamed, 404, "{\"code\":404,\"message\":\"HTTP 404 Not Found\"}")))
        .as("the service does not know it either")
        .isEmpty();
  }

  @Test
  void aResponseAsDescribedPasses() {
    ApiContract contract = ApiContract.of(SYLLABUS.get("/openapi.json").body());
    HttpRequest get = HttpRequest.newBuilder(SYLLABUS.uri("/courses?limit=1")).GET().build();

    assertThat(contract.violations(get, SYLLABUS.get("/courses?limit=1"))).isEmpty();
  }

  private static HttpResponse<String> response(HttpRequest request, int status, String body) {
    return new HttpResponse<>() {
      @Override
      public int statusCode() {
        return status;
      }

      @Override
      public HttpRequest request() {
        return request;
      }

      @Override
      public Optional<HttpResponse<String>> previousResponse() {
        return Optional.empty();
      }

      @Override
      public HttpHeaders headers() {
        return HttpHeaders.of(
            Map.of("Content-Type", List.of("application/json")), (name, value) -> true);
      }

      @Override
      public String body() {
        return body;
      }

      @Override
      public Optional<SSLSession> sslSession() {
        return Optional.empty();
      }

      @Override
      public URI uri() {
        return request.uri();
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
  }
}
