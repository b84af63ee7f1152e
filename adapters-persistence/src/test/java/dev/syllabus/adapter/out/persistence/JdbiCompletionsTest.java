package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CompletionsPortContract;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The completions contract against the Jdbi store, on PostgreSQL. */
class JdbiCompletionsTest extends CompletionsPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected RecordCompletionsPort recorder() {
    return new JdbiCompletionStore(DB.jdbi());
  }

  @Override
  protected LoadCompletionsPort completions() {
    return new JdbiCompletionStore(DB.jdbi());
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }

  @Override
  protected LoadCourseTreesPort loader() {
    return new JdbiCourseTreeLoader(DB.jdbi());
  }
}
