package dev.syllabus.adapter.out.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The read of learner progress, for any number of exercises at once. The changes are in {@link
 * CompletionWriteDao}: a learner's tree read attaches this DAO, and attaching a SqlObject costs a
 * handler and a configuration copy per method it declares.
 */
interface CompletionDao {

  @SqlQuery(
      """
      select exercise_id from exercise_completions
      where learner_id = :learnerId and exercise_id = any(:exerciseIds)""")
  List<Long> completedAmong(
      @Bind("learnerId") long learnerId, @Bind("exerciseIds") long[] exerciseIds);
}
