package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Driven adapter: learner progress in {@code exercise_completions}, read and written for any number
 * of exercises with one statement (or one per chunk of ids).
 */
public final class JdbiCompletionStore implements LoadCompletionsPort, RecordCompletionsPort {

  private static final String FOREIGN_KEY_VIOLATION = "23503";

  private final Jdbi jdbi;
  private final DatabaseFailures failures;
  private final IdChunks chunks;

  public JdbiCompletionStore(Jdbi jdbi) {
    this(jdbi, JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT);
  }

  public JdbiCompletionStore(Jdbi jdbi, int maxIdsPerStatement) {
    this.jdbi = Daos.prepare(jdbi);
    this.failures = DatabaseFailures.of(jdbi);
    this.chunks = new IdChunks(maxIdsPerStatement);
  }

  @Override
  public LearnerProgress loadCompletions(LearnerId learner, Collection<ExerciseId> exercises) {
    long[] ids = exercises.stream().mapToLong(ExerciseId::value).toArray();
    List<Long> completed =
        ids.length == 0
            ? List.of()
            : failures.guard(
                () ->
                    jdbi.withExtension(
                        CompletionDao.class,
                        dao ->
                            chunks.query(
                                ids, chunk -> dao.completedAmong(learner.value(), chunk))));
    Set<ExerciseId> done = new HashSet<>(completed.size() * 2);
    for (long id : completed) {
      done.add(new ExerciseId(id));
    }
    return new LearnerProgress(learner, done);
  }

  @Override
  public boolean recordCompletions(LearnerId learner, Collection<ExerciseId> exercises) {
    long[] ids = exercises.stream().mapToLong(ExerciseId::value).toArray();
    try {
      // One statement: either every completion is stored or, on an unknown exercise, none.
      jdbi.useExtension(CompletionWriteDao.class, dao -> dao.complete(learner.value(), ids));
      return true;
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof SQLException sql
          && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
        return false;
      }
      throw failures.translate(e);
    } catch (JdbiException e) {
      throw failures.translate(e);
    }
  }

  @Override
  public void undoCompletion(LearnerId learner, ExerciseId exercise) {
    failures.guard(
        () ->
            jdbi.withExtension(
                CompletionWriteDao.class,
                dao -> {
                  dao.undo(learner.value(), exercise.value());
                  return null;
                }));
  }
}
