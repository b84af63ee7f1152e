package dev.syllabus.domain.course;

import java.util.Objects;

/**
 * A change would break a rule of the course aggregate: a position past the end of its siblings, a
 * node under a parent of the wrong kind, a version that is no longer current. {@link #subject()}
 * names what breaks the rule ("position", "parent"), as a field of the change would.
 */
public class CourseRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String subject;

  public CourseRuleException(String subject, String message) {
    super(subject + " " + message);
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  public String subject() {
    return subject;
  }

  /** The rule's own words, without the subject. */
  public String rule() {
    return getMessage().substring(subject.length() + 1);
  }
}
