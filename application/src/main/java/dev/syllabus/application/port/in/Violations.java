package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.Titles;
import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a command, so that the caller hears of all of them at once. */
public final class Violations {

  private final List<InvalidCommandException.Violation> found = new ArrayList<>();

  public Violations title(String field, String title) {
    Titles.problem(title).ifPresent(problem -> add(field, problem));
    return this;
  }

  public Violations add(String field, String message) {
    found.add(new InvalidCommandException.Violation(field, message));
    return this;
  }

  public Violations check(boolean holds, String field, String message) {
    return holds ? this : add(field, message);
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws {@link InvalidCommandException} naming all of them, if any rule was broken. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidCommandException(found);
    }
  }
}
