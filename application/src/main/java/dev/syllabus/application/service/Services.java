package dev.syllabus.application.service;

import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.out.SyllabusPorts;
import java.time.Clock;
import java.time.Duration;

/** Makes every service over one set of driven ports: the one place the use cases are wired. */
public final class Services {

  /** How long an import is remembered under its idempotency key, unless configured otherwise. */
  public static final Duration DEFAULT_IMPORT_KEY_LIFETIME = Duration.ofHours(24);

  private Services() {}

  public static SyllabusUseCases over(SyllabusPorts ports) {
    return over(ports, Clock.systemUTC(), DEFAULT_IMPORT_KEY_LIFETIME);
  }

  public static SyllabusUseCases over(
      SyllabusPorts ports, Clock clock, Duration importKeyLifetime) {
    return new SyllabusUseCases(
        new GetCourseTreeService(ports.unitOfWork(), ports.courseTrees(), ports.completions()),
        new ListCourseTreesService(ports.courseTrees()),
        new GetCourseVersionService(ports.courseStates()),
        new ImportCourseTreesService(ports.newCourseTrees()),
        new ImportCourseTreeService(
            ports.unitOfWork(),
            ports.newCourseTrees(),
            ports.pastImports(),
            clock,
            importKeyLifetime),
        new EditCourseService(ports.unitOfWork(), ports.courseTreeEdits()),
        new DeleteCourseService(ports.unitOfWork(), ports.courseTreeEdits()),
        new AddChildService(ports.unitOfWork(), ports.courseTreeEdits()),
        new EditChildService(ports.unitOfWork(), ports.courseTreeEdits()),
        new DeleteChildService(ports.unitOfWork(), ports.courseTreeEdits()),
        new TrackProgressService(
            ports.unitOfWork(), ports.courseStatesForWrites(), ports.completionRecords()),
        new GenerateCoursesService(
            ports.newCourseTrees(), ports.courseTrees(), ports.completionRecords()));
  }
}
