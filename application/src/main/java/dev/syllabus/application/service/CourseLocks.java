package dev.syllabus.application.service;

import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LockedCourse;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.ExpectedVersion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Locks the courses a change touches and checks the version it was made on condition of: the first
 * step of every change inside a tree.
 */
final class CourseLocks {

  private CourseLocks() {}

  /** The courses a change locked: its own, and the other one a move between courses touches. */
  record Locked(LockedCourse own, Optional<LockedCourse> other, CourseVersion version) {}

  /**
   * Locks {@code course} and, if another, {@code alsoTouched}, and checks the expected version
   * against {@code course}'s old one.
   *
   * @throws UnitOfWorkPort.StartOver if a course vanished before it could be locked
   */
  static Locked lock(
      EditCourseTreesPort trees,
      CourseId course,
      Optional<CourseId> alsoTouched,
      ExpectedVersion expected) {
    Set<CourseId> touched = new LinkedHashSet<>();
    touched.add(course);
    alsoTouched.ifPresent(touched::add);
    List<LockedCourse> locked = trees.lockCourses(touched);
    if (locked.size() != touched.size()) {
      throw new UnitOfWorkPort.StartOver();
    }
    LockedCourse own = find(locked, course);
    Optional<LockedCourse> other = alsoTouched.map(id -> find(locked, id));
    return new Locked(own, other, checked(own, expected));
  }

  private static LockedCourse find(List<LockedCourse> locked, CourseId course) {
    return locked.stream()
        .filter(c -> c.course().equals(course))
        .findFirst()
        .orElseThrow(UnitOfWorkPort.StartOver::new);
  }

  /** The course's new version, once the expected version accepted its old one. */
  static CourseVersion checked(LockedCourse course, ExpectedVersion expected) {
    if (!expected.accepts(course.previousVersion())) {
      throw new VersionMismatchException(course.course(), expected, course.previousVersion());
    }
    return new CourseVersion(course.course(), course.newVersion());
  }
}
