package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.CompletionsPortContract;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;

class InMemoryCompletionsTest extends CompletionsPortContract {

  private final InMemoryCourseStore store = new InMemoryCourseStore();

  @Override
  protected RecordCompletionsPort recorder() {
    return store;
  }

  @Override
  protected LoadCompletionsPort completions() {
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
}
