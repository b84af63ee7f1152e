package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseId;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * What both Jdbi loaders share: which courses to read, on one handle per call. They differ only in
 * how they read the levels below the courses.
 *
 * <p>Each call is one transaction, so that a level can be fetched in batches (the driver needs a
 * transaction for a cursor). It costs one round trip for the commit and no statement: the driver
 * sends the begin with the first statement.
 */
abstract sealed class CourseTreeReader implements LoadCourseTreesPort
    permits JdbiCourseTreeLoader, NaiveJdbiCourseTreeLoader {

  private final Jdbi jdbi;
  private final DatabaseFailures failures;
  private final ReplicaRouter routing;

  CourseTreeReader(Jdbi jdbi) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
    this.routing = ReadRouting.of(jdbi);
  }

  /** Reads the modules, lessons and exercises of the courses and builds their trees. */
  abstract List<Course> withChildren(CourseTreeDao dao, List<CourseRow> courses);

  @Override
  public final List<Course> loadCourseTrees(Collection<CourseId> ids) {
    long[] courseIds = ids.stream().mapToLong(CourseId::value).distinct().toArray();
    if (courseIds.length == 0) {
      return List.of();
    }
    return routing.read(
        () ->
            failures.guard(
                () ->
                    jdbi.inTransaction(
                        handle -> {
                          CourseTreeDao dao = handle.attach(CourseTreeDao.class);
                          List<CourseRow> courses = dao.coursesWithIds(courseIds);
                          if (courseIds.length == 1) {
                            // A replica behind what the client saw costs this one statement.
                            routing.requireSeen(
                                courses.isEmpty()
                                    ? OptionalLong.empty()
                                    : OptionalLong.of(courses.get(0).version()));
                          }
                          return withChildren(dao, courses);
                        })));
  }

  @Override
  public final CourseTreeSlice loadCourseTrees(CourseTreeFilter filter) {
    return routing.read(() -> page(filter));
  }

  private CourseTreeSlice page(CourseTreeFilter filter) {
    return failures.guard(
        () ->
            jdbi.inTransaction(
                handle -> {
                  CourseTreeDao dao = handle.attach(CourseTreeDao.class);
                  // One row more than asked says whether another page follows, without its tree;
                  // the sizes stored with the rows end the page before any exercise is read.
                  List<CourseRow> courses =
                      dao.coursesAfter(
                          filter.after().map(CourseId::value).orElse(0L),
                          filter.published().orElse(null),
                          filter.limit() + 1);
                  int inSlice =
                      filter.coursesInSlice(courses.stream().map(CourseRow::size).toList());
                  return new CourseTreeSlice(
                      withChildren(dao, courses.subList(0, inSlice)), courses.size() > inSlice);
                }));
  }
}
