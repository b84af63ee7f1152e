package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.CourseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Driving adapter: the tags a shared cache files the public catalog under, which it purges by. A
 * tree is filed under its course; every page under one tag for all pages, since a change of any
 * course can change any page: publishing or importing one makes it appear between others, and its
 * size moves where a page ends early (limits.maxExercisesPerPage).
 */
public final class CacheTags {

  /** The header a cached response names its tags in, as Varnish's xkey module reads it. */
  public static final String HEADER = "xkey";

  /** Every page of trees, {@code GET /courses}. */
  public static final String PAGES = "course-pages";

  private CacheTags() {}

  /** A course's tree, {@code GET /courses/{id}}. */
  public static String ofCourse(CourseId course) {
    return "course-" + course.value();
  }

  /** What a change of these courses makes stale: their trees, and every page. */
  public static List<String> staleAfterChangesOf(Collection<CourseId> courses) {
    List<String> tags = new ArrayList<>();
    courses.stream()
        .sorted(Comparator.comparingLong(CourseId::value))
        .map(CacheTags::ofCourse)
        .forEach(tags::add);
    tags.add(PAGES);
    return List.copyOf(tags);
  }
}
