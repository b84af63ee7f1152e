package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.ChildId;

/** No module, lesson or exercise has the id a caller named. */
public class NodeNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NodeNotFoundException(ChildId node) {
    super(capitalized(node.kind()) + " " + node.value() + " not found");
  }

  private static String capitalized(String kind) {
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }
}
