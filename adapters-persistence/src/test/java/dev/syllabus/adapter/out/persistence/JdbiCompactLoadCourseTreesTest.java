package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The load contract against the batched loader joining the titles of every read, however small
 * (what it does above 20,000 exercises), with its levels split as in {@link
 * JdbiChunkedLoadCourseTreesTest}, on PostgreSQL.
 */
class JdbiCompactLoadCourseTreesTest extends LoadCourseTreesPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected LoadCourseTreesPort loader() {
    return new JdbiCourseTreeLoader(DB.jdbi(), 2, 3, 0);
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }
}
