package dev.syllabus.application.port.in;

import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.progress.CourseProgress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Output of {@link GetLearnerDashboardUseCase}: one page of courses begun, and the next cursor. */
public record LearnerDashboard(List<CourseProgress> courses, Optional<CourseId> next) {

  public LearnerDashboard {
    courses = List.copyOf(courses);
    Objects.requireNonNull(next, "next");
  }
}
