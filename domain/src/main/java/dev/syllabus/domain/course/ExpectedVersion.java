package dev.syllabus.domain.course;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The versions of a course tree a change is made on condition of: any version (no condition), or
 * one of a set, as an If-Match list names them. An empty set accepts no version: a condition that
 * can never hold makes the change fail rather than go ahead.
 */
public record ExpectedVersion(Optional<Set<Long>> oneOf) {

  public ExpectedVersion {
    oneOf = Objects.requireNonNull(oneOf, "oneOf").map(Set::copyOf);
  }

  /** No condition: the change goes ahead whatever the current version. */
  public static ExpectedVersion any() {
    return new ExpectedVersion(Optional.empty());
  }

  public static ExpectedVersion of(long version) {
    return oneOf(Set.of(version));
  }

  public static ExpectedVersion oneOf(Set<Long> versions) {
    return new ExpectedVersion(Optional.of(versions));
  }

  public boolean accepts(long current) {
    return oneOf.map(versions -> versions.contains(current)).orElse(true);
  }

  /** The accepted versions in words, smallest first: "3", "3 or 8", or "the expected one". */
  public String describe() {
    Set<Long> versions = oneOf.map(TreeSet::new).orElseGet(TreeSet::new);
    return versions.isEmpty()
        ? "the expected one"
        : versions.stream().map(String::valueOf).collect(Collectors.joining(" or "));
  }
}
