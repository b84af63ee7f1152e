package dev.syllabus.application.service;

import dev.syllabus.application.port.in.IdempotencyKeyInUseException;
import dev.syllabus.application.port.in.IdempotencyKeyReusedException;
import dev.syllabus.application.port.in.ImportCourseTreeCommand;
import dev.syllabus.application.port.in.ImportCourseTreeUseCase;
import dev.syllabus.application.port.in.Viewer;
import dev.syllabus.application.port.out.AnnounceCourseChangesPort;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.ImportKeyTakenException;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.TreeIds;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.ImportDecision;
import dev.syllabus.domain.idempotency.ImportFingerprint;
import dev.syllabus.domain.idempotency.PastImport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Imports one course tree; under an idempotency key, the key's past decides (ImportDecision) and
 * the key is remembered in the same unit of work as the course it names, so either both are kept or
 * neither is. The new course is announced once it is committed (a replay announces it again, which
 * costs a listener nothing but the message).
 */
public final class ImportCourseTreeService implements ImportCourseTreeUseCase {

  private final UnitOfWorkPort unitOfWork;
  private final CreateCourseTreesPort trees;
  private final RememberImportsPort imports;
  private final Clock clock;
  private final Duration keyLifetime;
  private final CourseLimits limits;
  private final AnnounceCourseChangesPort changes;

  public ImportCourseTreeService(
      UnitOfWorkPort unitOfWork,
      CreateCourseTreesPort trees,
      RememberImportsPort imports,
      Clock clock,
      Duration keyLifetime,
      CourseLimits limits,
      AnnounceCourseChangesPort changes) {
    this.unitOfWork = unitOfWork;
    this.trees = trees;
    this.imports = imports;
    this.clock = clock;
    this.keyLifetime = keyLifetime;
    this.limits = limits;
    this.changes = changes;
  }

  @Override
  public Course importCourseTree(Viewer caller, ImportCourseTreeCommand command) {
    Course imported = importTree(caller, command);
    changes.coursesChanged(Set.of(imported.id()));
    return imported;
  }

  private Course importTree(Viewer caller, ImportCourseTreeCommand command) {
    Authors.require(caller);
    limits.requireWithin(CourseSize.of(command.draft()));
    if (command.key().isEmpty()) {
      return create(command.draft());
    }
    IdempotencyKey key = command.key().get();
    ImportFingerprint fingerprint = ImportFingerprint.of(command.draft());
    try {
      return unitOfWork.write(() -> importOnce(command.draft(), key, fingerprint));
    } catch (ImportKeyTakenException taken) {
      if (taken.inFlight()) {
        throw new IdempotencyKeyInUseException(key, taken);
      }
      // Another import under the key committed after we looked: it is there to be found now.
      try {
        return unitOfWork.write(() -> importOnce(command.draft(), key, fingerprint));
      } catch (ImportKeyTakenException again) {
        throw new IdempotencyKeyInUseException(key, again);
      }
    }
  }

  private Course importOnce(CourseDraft draft, IdempotencyKey key, ImportFingerprint fingerprint) {
    Instant now = clock.instant();
    ImportDecision decision =
        ImportDecision.about(imports.findImport(key), fingerprint, now, keyLifetime);
    if (decision instanceof ImportDecision.ReplayPast replay) {
      return draft.toCourse(replay.past().created());
    }
    if (decision instanceof ImportDecision.RefuseOtherRequest) {
      throw new IdempotencyKeyReusedException(key);
    }
    ImportDecision.CreateNew create = (ImportDecision.CreateNew) decision;
    create.expired().ifPresent(expired -> imports.forget(key));
    Course course = create(draft);
    imports.remember(
        new PastImport(key, fingerprint, now, TreeIds.of(course)), now.minus(keyLifetime));
    return course;
  }

  private Course create(CourseDraft draft) {
    return trees.createCourses(List.of(draft)).get(0);
  }
}
