package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The load contract against the batched loader with at most two parent ids per statement and three
 * exercises per fetch, so that every level of the contract's trees is split, and every lesson's
 * exercises come in several batches, on PostgreSQL.
 */
class JdbiChunkedLoadCourseTreesTest extends LoadCourseTreesPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected LoadCourseTreesPort loader() {
    return new JdbiCourseTreeLoader(DB.jdbi(), 2, 3);
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }
}
