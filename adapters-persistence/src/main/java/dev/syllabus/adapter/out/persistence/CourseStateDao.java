package dev.syllabus.adapter.out.persistence;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * A course's state (version, visibility, sizes), found by the course or by one of its exercises,
 * plainly for a read or locked for share for a change. A DAO of its own, not among the edits: a
 * revalidation (If-None-Match) runs only this, and attaching a SqlObject costs a handler and a
 * configuration copy per method it declares, 22 for the edits.
 */
interface CourseStateDao {

  /** The state of the course an exercise is in; {@code c} is the course. */
  String OF_EXERCISE =
      """
      select c.id, c.version, c.published, c.node_count, c.exercise_count
      from exercises e
      join lessons l on l.id = e.lesson_id
      join course_modules m on m.id = l.module_id
      join courses c on c.id = m.course_id
      where e.id = :id""";

  @SqlQuery("select " + CourseStateRow.COLUMNS + " from courses where id = :id")
  Optional<CourseStateRow> courseState(@Bind("id") long id);

  @SqlQuery(OF_EXERCISE)
  Optional<CourseStateRow> courseStateOfExercise(@Bind("id") long id);

  @SqlQuery("select " + CourseStateRow.COLUMNS + " from courses where id = :id for share")
  Optional<CourseStateRow> courseStateForShare(@Bind("id") long id);

  @SqlQuery(OF_EXERCISE + "\nfor share of c")
  Optional<CourseStateRow> courseStateOfExerciseForShare(@Bind("id") long id);
}
