package dev.syllabus.application.port.in;

/** Driving port: a learner, or an author, sees how far the learner got in every course begun. */
public interface GetLearnerDashboardUseCase {

  /**
   * Up to {@code query.limit()} courses in which the learner has completed at least one exercise,
   * ordered by course id after the query's cursor, each with completed and total exercises; drafts
   * only for authors. {@code next} is the cursor of the following page, empty on the last one.
   *
   * @throws AccessDeniedException if the viewer may not read the learner's progress
   */
  LearnerDashboard getDashboard(GetLearnerDashboardQuery query);
}
