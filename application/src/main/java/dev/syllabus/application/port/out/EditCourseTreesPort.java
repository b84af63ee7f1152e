package dev.syllabus.application.port.out;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.ExpectedVersion;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.ParentId;

/**
 * Driven port: changes inside stored course trees.
 *
 * <p>Every method is one transaction: it happens whole or not at all. Each bumps the version of
 * every course it touches by one (a move between courses touches two) and first checks the expected
 * version against the course the node is in: unless it accepts the current version (any, or one of
 * those it names) it throws {@link VersionMismatchException} without changing anything. Positions
 * stay dense (1, 2, …, n) and unique within every parent after every change, also when changes to
 * the same parent run concurrently. Unknown courses throw {@link CourseNotFoundException}, unknown
 * nodes {@link NodeNotFoundException}; a new parent that does not exist, or a position past the
 * end, throws {@link InvalidCommandException}. Deleting removes the whole subtree and its
 * completions.
 *
 * <p>Every change keeps the size stored with each course it touches exact ({@link
 * LoadCourseStatePort.CourseState#size}), without counting the tree: an addition adds its node, a
 * deletion takes away its subtree, a move between courses carries its subtree over. An addition, or
 * a move into another course, that would make the course larger than the given {@link CourseLimits}
 * allow throws {@link InvalidCommandException} (see {@link InvalidCommandException#requireWithin})
 * and changes nothing; the limits decide, the adapter only reads and stores the sizes.
 */
public interface EditCourseTreesPort {

  CourseVersion editCourse(EditCourseCommand command);

  void deleteCourse(CourseId course, ExpectedVersion expectedVersion);

  ChildChange addChild(AddChildCommand command, CourseLimits limits);

  ChildChange editChild(EditChildCommand command, CourseLimits limits);

  CourseVersion deleteChild(ChildId child, ExpectedVersion expectedVersion);

  /** What every adapter throws for a parent that does not exist: a course's or a node's. */
  static RuntimeException parentNotFound(ParentId parent) {
    return parent instanceof CourseId course
        ? new CourseNotFoundException(course)
        : new NodeNotFoundException((ChildId) parent);
  }
}
