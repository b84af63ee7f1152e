package dev.syllabus.benchmarks.load;

import java.util.Set;
import java.util.SplittableRandom;

/**
 * The kinds of request in the mix, how often each comes (weights out of 100) and the statuses each
 * may answer under concurrent changes: a node another client just deleted is 404, a position past
 * the end of a list that just shrank is 422, an If-Match with a version that just moved on is 412,
 * and a change that kept colliding is 409. Any other status is a failure of the run.
 */
enum Kind {
  TREE_READ("GET /courses/{id}, anonymous", 20, 200),
  PAGE_READ("GET /courses?published=true&limit=3[&after]", 6, 200),
  REVALIDATION("GET /courses/{id}, If-None-Match", 14, 200, 304),
  PROGRESS_READ("GET /courses/{id}?learner={own id}, learner", 10, 200),
  COMPLETION("PUT /learners/{own id}/completions/{id}, learner", 12, 204, 404),
  UNDO_COMPLETION("DELETE /learners/{own id}/completions/{id}, learner", 6, 204, 404),
  ADD_EXERCISE("POST /lessons/{id}/exercises at a position, author", 7, 201, 409, 422),
  DELETE_EXERCISE("DELETE /exercises/{id}, author", 6, 204, 404, 409),
  MOVE_EXERCISE("PATCH /exercises/{id} parent and position, author", 7, 200, 404, 409, 422),
  MOVE_LESSON("PATCH /lessons/{id} parent and position, author", 4, 200, 409, 422),
  RENAME_EXERCISE("PATCH /exercises/{id} title, If-Match, author", 4, 200, 404, 409, 412),
  RENAME_COURSE("PATCH /courses/{id} title, If-Match, author", 4, 200, 409, 412);

  final String request;
  final int weight;
  private final Set<Integer> allowed;

  Kind(String request, int weight, Integer... allowed) {
    this.request = request;
    this.weight = weight;
    this.allowed = Set.of(allowed);
  }

  boolean allows(int status) {
    return allowed.contains(status);
  }

  /** Whether the request did what it asked (a 304 too: the copy was current). */
  boolean succeeded(int status) {
    return status >= 200 && status < 400;
  }

  static Kind pick(SplittableRandom random) {
    int roll = random.nextInt(100);
    for (Kind kind : values()) {
      roll -= kind.weight;
      if (roll < 0) {
        return kind;
      }
    }
    throw new IllegalStateException("the weights add up to less than 100");
  }
}
