package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.application.port.out.RememberImportsPortContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract of the imports remembered under keys, against the Jdbi adapter on PostgreSQL. */
class JdbiRememberImportsTest extends RememberImportsPortContract {

  @RegisterExtension static final FreshDatabase DB = FreshDatabase.emptiedBeforeEachTest();

  @Override
  protected RememberImportsPort imports() {
    return new JdbiPastImports(DB.jdbi());
  }

  @Override
  protected int remembered() {
    return DB.jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("select count(*) from idempotency_keys")
                    .mapTo(Integer.class)
                    .one());
  }
}
