package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPortContract;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;

class InMemoryEditCourseTreesTest extends EditCourseTreesPortContract {

  private final InMemoryCourseStore store = new InMemoryCourseStore();

  @Override
  protected EditCourseTreesPort editor() {
    return store;
  }

  @Override
  protected CreateCourseTreesPort creator() {
    return store;
  }

  @Override
  protected LoadCourseTreesPort loader() {
    return store;
  }

  @Override
  protected LoadCourseStatePort states() {
    return store;
  }

  @Override
  protected RecordCompletionsPort recorder() {
    return store;
  }

  @Override
  protected LoadCompletionsPort completions() {
    return store;
  }

  @Override
  protected UnitOfWorkPort unitOfWork() {
    return store;
  }
}
