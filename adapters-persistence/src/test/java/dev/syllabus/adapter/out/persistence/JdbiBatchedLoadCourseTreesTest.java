package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The load contract against the batched loader with its default maximum of ids per statement, on
 * PostgreSQL.
 */
class JdbiBatchedLoadCourseTreesTest extends LoadCourseTreesPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected LoadCourseTreesPort loader() {
    return new JdbiCourseTreeLoader(DB.jdbi());
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }
}
