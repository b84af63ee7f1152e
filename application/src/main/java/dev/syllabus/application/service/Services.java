package dev.syllabus.application.service;

import dev.syllabus.application.port.in.SyllabusUseCases;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.SyllabusPorts;
import dev.syllabus.domain.course.CourseLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Makes every service over one set of driven ports: the one place the use cases are wired. */
public final class Services {

  /** What the services are told besides their ports: the time, and the bounds they keep. */
  public record Settings(Clock clock, Duration importKeyLifetime, CourseLimits limits) {

    /** The system clock, keys remembered for 24 hours, and the default course limits. */
    public static final Settings DEFAULTS =
        new Settings(Clock.systemUTC(), Duration.ofHours(24), CourseLimits.DEFAULT);

    public Settings {
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(importKeyLifetime, "importKeyLifetime");
      Objects.requireNonNull(limits, "limits");
    }
  }

  private Services() {}

  public static SyllabusUseCases over(SyllabusPorts ports) {
    return over(ports, Settings.DEFAULTS);
  }

  /** The services over these ports, announcing their changes to nobody. */
  public static SyllabusUseCases over(SyllabusPorts ports, Settings settings) {
    return over(ports, AnnounceCourseChangesPort.NOBODY, settings);
  }

  /**
   * The services over these ports, announcing every committed change of a course to {@code
   * changes}.
   */
  public static SyllabusUseCases over(
      SyllabusPorts ports, AnnounceCourseChangesPort changes, Settings settings) {
    CourseLimits limits = settings.limits();
    return new SyllabusUseCases(
        new GetCourseTreeService(ports.unitOfWork(), ports.courseTrees(), ports.completions()),
        new GetSubtreeService(ports.unitOfWork(), ports.courseTrees(), ports.completions()),
        new ListCourseTreesService(ports.courseTrees(), limits),
        new GetCourseVersionService(ports.courseStates()),
        new ImportCourseTreesService(ports.newCourseTrees(), limits, changes),
        new ImportCourseTreeService(
            ports.unitOfWork(),
            ports.newCourseTrees(),
            ports.pastImports(),
            settings.clock(),
            settings.importKeyLifetime(),
            limits,
            changes),
        new EditCourseService(ports.unitOfWork(), ports.courseTreeEdits(), changes),
        new DeleteCourseService(ports.unitOfWork(), ports.courseTreeEdits(), changes),
        new AddChildService(ports.unitOfWork(), ports.courseTreeEdits(), limits, changes),
        new EditChildService(ports.unitOfWork(), ports.courseTreeEdits(), limits, changes),
        new DeleteChildService(ports.unitOfWork(), ports.courseTreeEdits(), changes),
        new TrackProgressService(
            ports.unitOfWork(), ports.courseStatesForWrites(), ports.completionRecords()),
        new GenerateCoursesService(
            ports.newCourseTrees(), ports.courseTrees(), ports.completionRecords(), changes),
        new GetLearnerDashboardService(ports.completions()));
  }
}
