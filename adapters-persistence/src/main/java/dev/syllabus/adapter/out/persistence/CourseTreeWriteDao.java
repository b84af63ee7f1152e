package dev.syllabus.adapter.out.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The write statements of the course aggregate: each inserts one whole level, for any number of
 * parents, from parallel arrays. Children come back with their parent and position, the natural key
 * that tells which draft each new id belongs to.
 */
interface CourseTreeWriteDao {

  @SqlQuery(
      "select nextval(pg_get_serial_sequence('courses', 'id')) from generate_series(1, :count)")
  long[] newCourseIds(@Bind("count") int count);

  @SqlUpdate(
      """
      insert into courses (id, title, published, node_count, exercise_count)
      select * from unnest(:ids, :titles, :published, :nodes, :exercises)""")
  void insertCourses(
      @Bind("ids") long[] ids,
      @Bind("titles") String[] titles,
      @Bind("published") boolean[] published,
      @Bind("nodes") long[] nodes,
      @Bind("exercises") long[] exercises);

  @SqlQuery(
      """
      insert into course_modules (course_id, title, position)
      select * from unnest(:courseIds, :titles, :positions)
      returning id, course_id as parent_id, position""")
  List<InsertedChild> insertModules(
      @Bind("courseIds") long[] courseIds,
      @Bind("titles") String[] titles,
      @Bind("positions") int[] positions);

  @SqlQuery(
      """
      insert into lessons (module_id, title, position)
      select * from unnest(:moduleIds, :titles, :positions)
      returning id, module_id as parent_id, position""")
  List<InsertedChild> insertLessons(
      @Bind("moduleIds") long[] moduleIds,
      @Bind("titles") String[] titles,
      @Bind("positions") int[] positions);

  @SqlQuery(
      """
      insert into exercises (lesson_id, type, title, position)
      select * from unnest(:lessonIds, :types, :titles, :positions)
      returning id, lesson_id as parent_id, position""")
  List<InsertedChild> insertExercises(
      @Bind("lessonIds") long[] lessonIds,
      @Bind("types") String[] types,
      @Bind("titles") String[] titles,
      @Bind("positions") int[] positions);
}
