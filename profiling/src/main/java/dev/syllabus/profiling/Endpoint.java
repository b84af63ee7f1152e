package dev.syllabus.profiling;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * A request's endpoint: its method and the resource template it matched, e.g. {@code GET
 * /courses/{id}}, the same for every course; a request no resource matched has no template.
 */
record Endpoint(String method, String template) {

  static final String UNMATCHED = "(no resource)";

  static Endpoint of(ContainerRequestContext request) {
    String template = UNMATCHED;
    if (request.getUriInfo() instanceof ExtendedUriInfo uriInfo) {
      // Jersey lists the matched templates from the innermost (the method's) outwards.
      List<UriTemplate> templates = uriInfo.getMatchedTemplates();
      if (!templates.isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
          path.append(templates.get(i).getTemplate());
        }
        template = path.toString();
      }
    }
    return new Endpoint(request.getMethod(), template);
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
