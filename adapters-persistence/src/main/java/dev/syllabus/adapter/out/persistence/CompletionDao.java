package dev.syllabus.adapter.out.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of learner progress, each for any number of exercises at once. */
interface CompletionDao {

  @SqlQuery(
      """
      select exercise_id from exercise_completions
      where learner_id = :learnerId and exercise_id = any(:exerciseIds)""")
  List<Long> completedAmong(
      @Bind("learnerId") long learnerId, @Bind("exerciseIds") long[] exerciseIds);

  @SqlQuery(CourseTreeStatements.LESSON_PROGRESS)
  List<LessonCountRow> lessonProgress(
      @Bind("learnerId") long learnerId, @Bind("moduleIds") long[] moduleIds);

  @SqlQuery(CourseTreeStatements.COURSES_IN_PROGRESS)
  List<CourseCountRow> coursesInProgress(
      @Bind("learnerId") long learnerId,
      @Bind("withDrafts") boolean withDrafts,
      @Bind("after") long after,
      @Bind("limit") int limit);

  @SqlUpdate(
      "delete from exercise_completions where learner_id = :learnerId and exercise_id = :exerciseId")
  void undo(@Bind("learnerId") long learnerId, @Bind("exerciseId") long exerciseId);

  @SqlUpdate(
      """
      insert into exercise_completions (learner_id, exercise_id)
      select distinct :learnerId, unnest(:exerciseIds)
      on conflict do nothing""")
  void complete(@Bind("learnerId") long learnerId, @Bind("exerciseIds") long[] exerciseIds);
}
