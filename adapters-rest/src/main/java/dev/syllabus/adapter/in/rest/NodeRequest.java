package dev.syllabus.adapter.in.rest;

/**
 * Driving adapter's request body for adding ({@code POST …/modules|lessons|exercises}) and changing
 * ({@code PATCH /modules|lessons|exercises/{id}}) a node: a title, an exercise type code, a
 * position (1 is first) and, to move a node, the id of its new parent (a course for a module, a
 * module for a lesson, a lesson for an exercise).
 */
record NodeRequest(String title, String type, Integer position, Long parent) {

  static final NodeRequest EMPTY = new NodeRequest(null, null, null, null);
}
