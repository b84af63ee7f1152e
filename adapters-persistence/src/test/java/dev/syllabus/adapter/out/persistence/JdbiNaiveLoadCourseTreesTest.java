package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The load contract against the naive loader, on PostgreSQL. */
class JdbiNaiveLoadCourseTreesTest extends LoadCourseTreesPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected LoadCourseTreesPort loader() {
    return new NaiveJdbiCourseTreeLoader(DB.jdbi());
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return new JdbiCourseTreeWriter(DB.jdbi());
  }
}
