package dev.syllabus.bootstrap;

import dev.syllabus.adapter.out.persistence.DatabaseFailures;
import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseStateLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeEditor;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.JdbiPastImports;
import dev.syllabus.adapter.out.persistence.JdbiUnitOfWork;
import dev.syllabus.adapter.out.persistence.NaiveJdbiCourseTreeLoader;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import org.jdbi.v3.core.Jdbi;

/**
 * The driven adapters, chosen as the persistence settings say: those that only read on the Jdbi
 * whose transactions are snapshots, those that write (and the reads their checks need) on the
 * other.
 */
record PersistenceAdapters(
    UnitOfWorkPort unitOfWork,
    LoadCourseTreesPort courseTrees,
    LoadCompletionsPort completions,
    LoadCourseStatePort courseStates,
    CreateCourseTreesPort courseTreeStore,
    EditCourseTreesPort courseTreeEditor,
    LoadCourseStatePort courseStatesForWrites,
    RecordCompletionsPort completionStore,
    RememberImportsPort pastImports) {

  static PersistenceAdapters over(Jdbi reads, Jdbi writes, PersistenceSettings settings) {
    DatabaseFailures.of(writes).shareWith(reads);
    return new PersistenceAdapters(
        new JdbiUnitOfWork(reads, writes),
        loader(reads, settings),
        new JdbiCompletionStore(reads, settings.getMaxIdsPerStatement()),
        JdbiCourseStateLoader.forReads(reads),
        new JdbiCourseTreeWriter(writes),
        new JdbiCourseTreeEditor(writes),
        JdbiCourseStateLoader.forWrites(writes),
        new JdbiCompletionStore(writes, settings.getMaxIdsPerStatement()),
        new JdbiPastImports(writes));
  }

  /** The tree loader the settings choose. */
  static LoadCourseTreesPort loader(Jdbi jdbi, PersistenceSettings settings) {
    return switch (settings.getLoading()) {
      case BATCHED ->
          new JdbiCourseTreeLoader(
              jdbi, settings.getMaxIdsPerStatement(), settings.getExercisesPerFetch());
      case NAIVE -> new NaiveJdbiCourseTreeLoader(jdbi);
    };
  }
}
