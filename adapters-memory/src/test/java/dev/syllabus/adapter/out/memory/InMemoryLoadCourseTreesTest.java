package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LoadCourseTreesPortContract;

class InMemoryLoadCourseTreesTest extends LoadCourseTreesPortContract {

  private final InMemoryCourseStore store = new InMemoryCourseStore();

  @Override
  protected LoadCourseTreesPort loader() {
    return store;
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return store;
  }
}
