package dev.syllabus.bootstrap;

import dev.syllabus.adapter.out.persistence.JdbiCompletionStore;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeEditor;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeWriter;
import dev.syllabus.adapter.out.persistence.NaiveJdbiCourseTreeLoader;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import org.jdbi.v3.core.Jdbi;

/** The driven adapters over one Jdbi, chosen as the persistence settings say. */
record PersistenceAdapters(
    LoadCourseTreesPort courseTrees,
    CreateCourseTreesPort courseTreeStore,
    EditCourseTreesPort courseTreeEditor,
    LoadCourseStatePort courseStates,
    LoadCompletionsPort completions,
    RecordCompletionsPort completionStore) {

  static PersistenceAdapters over(Jdbi jdbi, PersistenceSettings settings) {
    int maxIds = settings.getMaxIdsPerStatement();
    LoadCourseTreesPort courseTrees =
        switch (settings.getLoading()) {
          case BATCHED -> new JdbiCourseTreeLoader(jdbi, maxIds, settings.getExercisesPerFetch());
          case NAIVE -> new NaiveJdbiCourseTreeLoader(jdbi);
        };
    JdbiCourseTreeEditor editor = new JdbiCourseTreeEditor(jdbi);
    JdbiCompletionStore completions = new JdbiCompletionStore(jdbi, maxIds);
    return new PersistenceAdapters(
        courseTrees, new JdbiCourseTreeWriter(jdbi), editor, editor, completions, completions);
  }
}
