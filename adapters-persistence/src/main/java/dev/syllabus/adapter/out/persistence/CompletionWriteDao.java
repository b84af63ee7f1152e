package dev.syllabus.adapter.out.persistence;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The changes of learner progress: completions recorded for many exercises at once, or undone. */
interface CompletionWriteDao {

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
