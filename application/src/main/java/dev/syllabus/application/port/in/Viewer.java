package dev.syllabus.application.port.in;

import dev.syllabus.domain.progress.LearnerId;
import java.util.Objects;

/**
 * Who asks: nobody in particular, a learner, or an author. Use cases decide with it what the caller
 * may see; driving adapters say who the caller is.
 */
public sealed interface Viewer {

  static Viewer anonymous() {
    return new Anonymous();
  }

  static Viewer learner(LearnerId id) {
    return new Learner(id);
  }

  static Viewer author() {
    return new Author();
  }

  /** Unpublished courses exist only for authors; to anyone else they are not found. */
  boolean seesUnpublished();

  /**
   * Whether a course, published or not, exists for this viewer: the one rule every read applies.
   */
  default boolean sees(boolean published) {
    return published || seesUnpublished();
  }

  /** A learner's progress is theirs and the authors'. */
  boolean mayTrackProgressOf(LearnerId learner);

  /** Only authors create, change and remove courses. */
  default boolean mayEditCourses() {
    return this instanceof Author;
  }

  /** Anyone reading the public catalog. */
  record Anonymous() implements Viewer {
    @Override
    public boolean seesUnpublished() {
      return false;
    }

    @Override
    public boolean mayTrackProgressOf(LearnerId learner) {
      return false;
    }
  }

  /** A learner, who sees published courses and their own progress. */
  record Learner(LearnerId id) implements Viewer {
    public Learner {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public boolean seesUnpublished() {
      return false;
    }

    @Override
    public boolean mayTrackProgressOf(LearnerId learner) {
      return id.equals(learner);
    }
  }

  /** An author, who sees and changes everything. */
  record Author() implements Viewer {
    @Override
    public boolean seesUnpublished() {
      return true;
    }

    @Override
    public boolean mayTrackProgressOf(LearnerId learner) {
      return true;
    }
  }
}
