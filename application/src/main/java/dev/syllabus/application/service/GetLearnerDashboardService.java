package dev.syllabus.application.service;

import dev.syllabus.application.port.in.GetLearnerDashboardQuery;
import dev.syllabus.application.port.in.GetLearnerDashboardUseCase;
import dev.syllabus.application.port.in.LearnerDashboard;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.domain.progress.CourseProgress;
import java.util.List;
import java.util.Optional;

/**
 * Lists the courses a learner has begun, by course id so that a page never shifts, with their
 * counts; one row more than the page tells whether another follows. Drafts only for authors.
 */
public final class GetLearnerDashboardService implements GetLearnerDashboardUseCase {

  private final LoadCompletionsPort completions;

  public GetLearnerDashboardService(LoadCompletionsPort completions) {
    this.completions = completions;
  }

  @Override
  public LearnerDashboard getDashboard(GetLearnerDashboardQuery query) {
    LearnerAccess.require(query.viewer(), Optional.of(query.learner()));
    List<CourseProgress> found =
        completions.loadCoursesInProgress(
            query.learner(), query.viewer().seesUnpublished(), query.after(), query.limit() + 1);
    if (found.size() <= query.limit()) {
      return new LearnerDashboard(found, Optional.empty());
    }
    List<CourseProgress> page = found.subList(0, query.limit());
    return new LearnerDashboard(page, Optional.of(page.get(page.size() - 1).course()));
  }
}
