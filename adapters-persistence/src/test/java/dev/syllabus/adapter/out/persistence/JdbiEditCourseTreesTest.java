package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPortContract;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editing contract against the Jdbi editor, on PostgreSQL. */
class JdbiEditCourseTreesTest extends EditCourseTreesPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected EditCourseTreesPort editor() {
    return new JdbiCourseTreeEditor(DB.jdbi());
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }

  @Override
  protected LoadCourseTreesPort loader() {
    return new JdbiCourseTreeLoader(DB.jdbi());
  }

  @Override
  protected LoadCourseStatePort states() {
    return JdbiCourseStateLoader.forReads(DB.jdbi());
  }

  @Override
  protected RecordCompletionsPort recorder() {
    return new JdbiCompletionStore(DB.jdbi());
  }

  @Override
  protected LoadCompletionsPort completions() {
    return new JdbiCompletionStore(DB.jdbi());
  }

  @Override
  protected UnitOfWorkPort unitOfWork() {
    return new JdbiUnitOfWork(DB.snapshotJdbi(), DB.jdbi());
  }
}
