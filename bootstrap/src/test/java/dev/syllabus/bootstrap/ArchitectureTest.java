package dev.syllabus.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the hexagon, in words. Maven modules already make most wrong imports fail to
 * compile; these tests say why, and guard what modules cannot (package roles inside a module).
 */
class ArchitectureTest {

  private static final String DOMAIN = "dev.syllabus.domain..";
  private static final String APPLICATION = "dev.syllabus.application..";
  private static final String USE_CASES = "dev.syllabus.application.port.in..";
  private static final String DRIVEN_PORTS = "dev.syllabus.application.port.out..";
  private static final String SERVICES = "dev.syllabus.application.service..";
  private static final String REST = "dev.syllabus.adapter.in.rest..";
  private static final String PERSISTENCE = "dev.syllabus.adapter.out.persistence..";
  private static final String MEMORY = "dev.syllabus.adapter.out.memory..";
  private static final String HTTP_CACHE = "dev.syllabus.adapter.out.httpcache..";
  private static final String BOOTSTRAP = "dev.syllabus.bootstrap..";
  private static final String PROFILING = "dev.syllabus.profiling..";

  private static JavaClasses syllabus;

  @BeforeAll
  static void import_the_production_classes() {
    syllabus =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.syllabus");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        DOMAIN,
        USE_CASES,
        DRIVEN_PORTS,
        SERVICES,
        REST,
        PERSISTENCE,
        MEMORY,
        HTTP_CACHE,
        BOOTSTRAP,
        PROFILING
      })
  void every_package_a_rule_names_exists_and_has_classes(String pkg) {
    // A rule about a package that does not exist passes without checking anything.
    String prefix = pkg.substring(0, pkg.length() - 2);
    assertThat(syllabus.stream().filter(c -> c.getPackageName().startsWith(prefix)))
        .as(pkg)
        .isNotEmpty();
  }

  @Test
  void the_domain_needs_nothing_but_the_jdk() {
    classes()
        .that()
        .resideInAPackage(DOMAIN)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(DOMAIN, "java..")
        .check(syllabus);
  }

  @Test
  void the_application_needs_nothing_but_the_domain_and_the_jdk() {
    classes()
        .that()
        .resideInAPackage(APPLICATION)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(APPLICATION, DOMAIN, "java..")
        .check(syllabus);
  }

  @Test
  void driven_ports_know_nothing_of_the_driving_side() {
    // A driven port speaks the domain's language: commands and use-case errors are the driving
    // side's, and a port that took them would tie every adapter to one way of being driven.
    noClasses()
        .that()
        .resideInAPackage(DRIVEN_PORTS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(USE_CASES)
        .check(syllabus);
  }

  @Test
  void services_depend_on_ports_and_the_domain_only() {
    classes()
        .that()
        .resideInAPackage(SERVICES)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            SERVICES, USE_CASES, DRIVEN_PORTS, "dev.syllabus.application.port", DOMAIN, "java..")
        .check(syllabus);
  }

  @Test
  void adapters_never_import_each_other() {
    // Each adapter is replaceable alone: the REST adapter over any store, a store under any driver.
    slices()
        .matching("dev.syllabus.adapter.(*).(*)..")
        .namingSlices("adapter $1.$2")
        .should()
        .notDependOnEachOther()
        .check(syllabus);
  }

  @Test
  void services_reach_the_outside_world_only_through_driven_ports() {
    noClasses()
        .that()
        .resideInAPackage(SERVICES)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.syllabus.adapter..", BOOTSTRAP)
        .check(syllabus);
  }

  @Test
  void every_service_implements_a_use_case() {
    classes()
        .that()
        .resideInAPackage(SERVICES)
        .and()
        .haveSimpleNameEndingWith("Service")
        .should()
        .implement(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a use case",
                (com.tngtech.archunit.core.domain.JavaClass type) ->
                    type.getPackageName().startsWith("dev.syllabus.application.port.in")
                        && type.getSimpleName().endsWith("UseCase")))
        .check(syllabus);
  }

  @Test
  void the_in_memory_adapter_needs_nothing_but_the_application_and_the_jdk() {
    // What a student reads first: the ports implemented with collections, nothing else.
    classes()
        .that()
        .resideInAPackage(MEMORY)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(MEMORY, APPLICATION, DOMAIN, "java..")
        .check(syllabus);
  }

  @Test
  void driving_adapters_call_use_cases_not_services_or_driven_ports() {
    noClasses()
        .that()
        .resideInAPackage(REST)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SERVICES, DRIVEN_PORTS, PERSISTENCE, BOOTSTRAP)
        .check(syllabus);
  }

  @Test
  void driven_adapters_know_nothing_of_driving_adapters_the_profiler_or_the_bootstrap() {
    // The bootstrap installs the statement counter around the adapters' Jdbi: they are counted
    // without knowing it.
    noClasses()
        .that()
        .resideInAnyPackage(PERSISTENCE, MEMORY, HTTP_CACHE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(REST, BOOTSTRAP, PROFILING, "jakarta.ws.rs..", "io.dropwizard..")
        .check(syllabus);
  }

  @Test
  void the_profiler_knows_no_adapter_no_service_and_no_wiring() {
    // Cross-cutting machinery: it watches Jdbi and Jersey, whatever adapters and services run
    // there. The bootstrap hands it what it needs (the counter, the request id's attribute).
    noClasses()
        .that()
        .resideInAPackage(PROFILING)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.syllabus.adapter.in..", "dev.syllabus.adapter.out..", SERVICES, BOOTSTRAP)
        .check(syllabus);
  }

  @Test
  void daos_and_row_records_stay_inside_the_persistence_adapter() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(PERSISTENCE)
            .and()
            .haveSimpleNameEndingWith("Dao")
            .or()
            .haveSimpleNameEndingWith("Row")
            .should()
            .notHaveModifier(JavaModifier.PUBLIC);
    rule.check(syllabus);
  }

  @Test
  void no_class_is_named_module_which_would_hide_java_lang_module() {
    List<String> offenders =
        syllabus.stream()
            .filter(c -> c.getSimpleName().equals("Module"))
            .map(c -> c.getName())
            .toList();

    assertThat(offenders).isEmpty();
  }
}
