package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.application.port.out.RememberImportsPortContract;

class InMemoryRememberImportsTest extends RememberImportsPortContract {

  private final InMemoryCourseStore imports = new InMemoryCourseStore();

  @Override
  protected RememberImportsPort imports() {
    return imports;
  }

  @Override
  protected int remembered() {
    return imports.rememberedImports();
  }
}
