package dev.syllabus.application.port.out;

import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Insertion;
import dev.syllabus.domain.course.Move;
import dev.syllabus.domain.course.NodePlace;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.course.Siblings;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Driven port: reads what a change inside a course tree needs, and stores the change as the domain
 * decided it. An adapter decides nothing: it finds places, counts siblings, and applies {@link
 * Insertion}s and {@link Move}s as they are. Called inside {@link UnitOfWorkPort#write}.
 *
 * <p>{@link #lockCourses} is what keeps concurrent changes apart: a course locked by one unit of
 * work is locked for every other until that unit ends, so what it reads afterwards stays true. It
 * also counts the change: every change bumps the version of each course it touches by one.
 *
 * <p>Each course's size is stored beside it ({@link LockedCourse#size}), so that no change counts
 * the tree: the use cases work out the new size with the domain and {@link #storeSizes store} it.
 */
public interface EditCourseTreesPort {

  /** Where a module, lesson or exercise is; empty if it does not exist. */
  Optional<NodePlace> placeOf(ChildId node);

  /** The course a parent belongs to (a course is its own); empty if the parent does not exist. */
  Optional<CourseId> courseOf(ParentId parent);

  /** How many children a parent has. */
  Siblings siblingsOf(ParentId parent);

  /**
   * Locks the courses until the unit of work ends, in an order that cannot deadlock with another
   * unit locking the same ones, and bumps their versions. Answers the courses that exist, each with
   * its version before the bump.
   */
  List<LockedCourse> lockCourses(Collection<CourseId> courses);

  /** The size of a module's, lesson's or exercise's subtree, itself included. */
  CourseSize sizeOf(ChildId node);

  /** Stores the new sizes of locked courses, as the change worked them out. */
  void storeSizes(Map<CourseId, CourseSize> sizes);

  /** Stores a new child where the insertion puts it, after its siblings made room. */
  ChildId insert(Insertion insertion, NewChild child);

  /** Applies a move; a {@link Move.Stay} changes nothing. */
  void move(Move move);

  /** Removes a node with its subtree and their completions; its later siblings close the gap. */
  void delete(NodePlace node);

  void rename(ChildId node, String title);

  void retype(ExerciseId exercise, ExerciseType type);

  /**
   * Changes a course's title or publication and bumps its version, which locks it. Answers its
   * version before the change; empty if it does not exist.
   */
  Optional<LockedCourse> editCourse(
      CourseId course, Optional<String> title, Optional<Boolean> published);

  /** Removes a course with its tree and completions; empty if it did not exist. */
  Optional<LockedCourse> deleteCourse(CourseId course);
}
