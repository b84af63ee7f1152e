package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseVersion;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Driving adapter: the responses to changes, each with the course's new version as its ETag. */
final class Changes {

  private Changes() {}

  static Response ok(CourseVersion version) {
    return respond(Status.OK, version, null, null);
  }

  static Response ok(ChildChange change) {
    return respond(Status.OK, change.course(), change.child().kind(), change.child().value());
  }

  static Response created(ChildChange change) {
    return respond(Status.CREATED, change.course(), change.child().kind(), change.child().value());
  }

  static Response noContent(CourseVersion version) {
    return Response.noContent().header(HttpHeaders.ETAG, ETags.header(version.version())).build();
  }

  private static Response respond(Status status, CourseVersion version, String kind, Long id) {
    return Response.status(status)
        .header(HttpHeaders.ETAG, ETags.header(version.version()))
        .entity(new ChangeView(version.course().value(), version.version(), kind, id))
        .build();
  }
}
