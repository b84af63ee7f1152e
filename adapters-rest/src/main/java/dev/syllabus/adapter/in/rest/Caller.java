package dev.syllabus.adapter.in.rest;

import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.domain.progress.LearnerId;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * Driving adapter: who a bearer token says the caller is. An author, or a learner with their
 * learner id; the use cases see only the {@link Viewer} it stands for.
 */
public record Caller(String name, Role role, Optional<LearnerId> learner) implements Principal {

  /** What a token lets its holder do; the names are those of {@code @RolesAllowed}. */
  public enum Role {
    AUTHOR,
    LEARNER
  }

  static final String AUTHOR = "AUTHOR";

  public Caller {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(learner, "learner");
    if ((role == Role.LEARNER) != learner.isPresent()) {
      throw new IllegalArgumentException("a learner token names its learner id, an author's none");
    }
  }

  @Override
  public String getName() {
    return name;
  }

  Viewer viewer() {
    return role == Role.AUTHOR ? Viewer.author() : Viewer.learner(learner.orElseThrow());
  }

  static Viewer viewerOf(Optional<Caller> caller) {
    return caller.map(Caller::viewer).orElseGet(Viewer::anonymous);
  }
}
