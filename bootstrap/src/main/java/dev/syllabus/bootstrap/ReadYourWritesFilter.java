package dev.syllabus.bootstrap;

import dev.syllabus.adapter.out.persistence.ReplicaRouter;
import dev.syllabus.adapter.out.persistence.WalPosition;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the router what the client of each request has seen, from its request headers: the WAL
 * position a write answered ({@value #POSITION}), and the course versions its If-None-Match names;
 * and answers a write with the position it reached.
 */
@Priority(Priorities.AUTHENTICATION - 100)
final class ReadYourWritesFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** The header a write answers with, and a read sends back. */
  static final String POSITION = "Syllabus-Position";

  private static final Pattern VERSION_TAG = Pattern.compile("\"v(\\d{1,18})\"");

  private final ReplicaRouter router;

  ReadYourWritesFilter(ReplicaRouter router) {
    this.router = router;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    router.startRequest(
        position(request.getHeaderString(POSITION)),
        highestVersion(request.getHeaderString(HttpHeaders.IF_NONE_MATCH)));
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    router
        .endRequest()
        .ifPresent(written -> response.getHeaders().putSingle(POSITION, written.toString()));
  }

  private static Optional<WalPosition> position(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(WalPosition.parse(header));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(POSITION + ": " + e.getMessage());
    }
  }

  // Any tag of ours counts, weak or not: the client has seen that version.
  private static OptionalLong highestVersion(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return OptionalLong.empty();
    }
    Matcher tag = VERSION_TAG.matcher(ifNoneMatch);
    long highest = 0;
    while (tag.find()) {
      highest = Math.max(highest, Long.parseLong(tag.group(1)));
    }
    return highest == 0 ? OptionalLong.empty() : OptionalLong.of(highest);
  }
}
