package dev.syllabus.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements that change course trees in place. Those marked with {@code <table>} and {@code
 * <parent>} serve all three levels of children (see {@link TreeLevel}); positions shift with one
 * statement each, which the deferrable unique constraints on (parent, position) check at its end.
 */
interface CourseEditDao {

  @SqlQuery("select course_id, course_id, position from course_modules where id = :id")
  Optional<PlaceRow> placeOfModule(@Bind("id") long id);

  @SqlQuery(
      """
      select m.course_id, l.module_id, l.position
      from lessons l join course_modules m on m.id = l.module_id
      where l.id = :id""")
  Optional<PlaceRow> placeOfLesson(@Bind("id") long id);

  @SqlQuery(
      """
      select m.course_id, e.lesson_id, e.position
      from exercises e
      join lessons l on l.id = e.lesson_id
      join course_modules m on m.id = l.module_id
      where e.id = :id""")
  Optional<PlaceRow> placeOfExercise(@Bind("id") long id);

  /**
   * Locks the courses in id order, so that two changes across the same two courses cannot wait for
   * each other, and answers their new versions.
   */
  @SqlQuery(
      """
      update courses set version = version + 1
      where id in (select id from courses where id = any(:ids) order by id for update)
      returning id, version, published, node_count, exercise_count""")
  List<CourseStateRow> bumpVersions(@Bind("ids") long[] ids);

  @SqlQuery(
      """
      update courses
      set title = coalesce(:title, title),
          published = coalesce(cast(:published as boolean), published),
          version = version + 1
      where id = :id
      returning id, version, published, node_count, exercise_count""")
  Optional<CourseStateRow> editCourse(
      @Bind("id") long id, @Bind("title") String title, @Bind("published") Boolean published);

  @SqlQuery("delete from courses where id = :id returning " + CourseStateRow.COLUMNS)
  Optional<CourseStateRow> deleteCourse(@Bind("id") long id);

  @SqlQuery("select count(*) from <table> where <parent> = :parent")
  int countChildren(
      @Define("table") String table,
      @Define("parent") String parentColumn,
      @Bind("parent") long parent);

  /** Moves the children whose positions lie between two (both included) by {@code by} places. */
  @SqlUpdate(
      """
      update <table> set position = position + :by
      where <parent> = :parent and position between :from and :to""")
  void shift(
      @Define("table") String table,
      @Define("parent") String parentColumn,
      @Bind("parent") long parent,
      @Bind("from") int from,
      @Bind("to") int to,
      @Bind("by") int by);

  /**
   * Puts one child at a new position among its siblings and shifts those it passed, in one
   * statement: the unique (parent, position) constraint is checked at its end.
   */
  @SqlUpdate(
      """
      update <table>
      set position = case when id = :id then :to else position + :by end
      where <parent> = :parent and (id = :id or position between :from and :through)""")
  void reorder(
      @Define("table") String table,
      @Define("parent") String parentColumn,
      @Bind("parent") long parent,
      @Bind("id") long id,
      @Bind("to") int to,
      @Bind("from") int from,
      @Bind("through") int through,
      @Bind("by") int by);

  @SqlUpdate("update <table> set <parent> = :parent, position = :position where id = :id")
  void place(
      @Define("table") String table,
      @Define("parent") String parentColumn,
      @Bind("id") long id,
      @Bind("parent") long parent,
      @Bind("position") int position);

  @SqlQuery(
      """
      insert into <table> (<parent>, title, position) values (:parent, :title, :position)
      returning id""")
  long insertChild(
      @Define("table") String table,
      @Define("parent") String parentColumn,
      @Bind("parent") long parent,
      @Bind("title") String title,
      @Bind("position") int position);

  @SqlQuery(
      """
      insert into exercises (lesson_id, type, title, position)
      values (:lesson, :type, :title, :position)
      returning id""")
  long insertExercise(
      @Bind("lesson") long lesson,
      @Bind("type") String type,
      @Bind("title") String title,
      @Bind("position") int position);

  @SqlUpdate("update <table> set title = :title where id = :id")
  void rename(@Define("table") String table, @Bind("id") long id, @Bind("title") String title);

  @SqlUpdate("update exercises set type = :type where id = :id")
  void retype(@Bind("id") long id, @Bind("type") String type);

  @SqlUpdate("delete from <table> where id = :id")
  void delete(@Define("table") String table, @Bind("id") long id);

  @SqlQuery("select 0, count(*) from exercises where lesson_id = :id")
  SubtreeRow belowLesson(@Bind("id") long id);

  @SqlQuery(
      """
      select (select count(*) from lessons where module_id = :id), count(*)
      from exercises e join lessons l on l.id = e.lesson_id
      where l.module_id = :id""")
  SubtreeRow belowModule(@Bind("id") long id);

  /** Stores the sizes of locked courses, as the change decided them. */
  @SqlUpdate(
      """
      update courses set node_count = s.nodes, exercise_count = s.exercises
      from unnest(:ids, :nodes, :exercises) as s(id, nodes, exercises)
      where courses.id = s.id""")
  void resize(
      @Bind("ids") long[] ids, @Bind("nodes") long[] nodes, @Bind("exercises") long[] exercises);
}
