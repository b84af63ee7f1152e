package dev.syllabus.application.port.out;

import java.util.Objects;

/**
 * Every driven port the use cases need, as one set of adapters provides them. Reads that only read
 * (trees, completions, states) may come from a store that serves snapshots; the writes, and the
 * reads their checks need ({@code statesForWrites}), from the store they change.
 */
public record SyllabusPorts(
    UnitOfWorkPort unitOfWork,
    LoadCourseTreesPort courseTrees,
    LoadCompletionsPort completions,
    LoadCourseStatePort courseStates,
    CreateCourseTreesPort newCourseTrees,
    EditCourseTreesPort courseTreeEdits,
    LoadCourseStatePort courseStatesForWrites,
    RecordCompletionsPort completionRecords,
    RememberImportsPort pastImports) {

  public SyllabusPorts {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(courseTrees, "courseTrees");
    Objects.requireNonNull(completions, "completions");
    Objects.requireNonNull(courseStates, "courseStates");
    Objects.requireNonNull(newCourseTrees, "newCourseTrees");
    Objects.requireNonNull(courseTreeEdits, "courseTreeEdits");
    Objects.requireNonNull(courseStatesForWrites, "courseStatesForWrites");
    Objects.requireNonNull(completionRecords, "completionRecords");
    Objects.requireNonNull(pastImports, "pastImports");
  }
}
