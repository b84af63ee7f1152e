package dev.syllabus.application.port.in;

import java.util.Objects;

/**
 * Every use case of Syllabus: what a driving adapter is given to drive, whatever serves each one.
 */
public record SyllabusUseCases(
    GetCourseTreeUseCase getCourseTree,
    GetSubtreeUseCase getSubtree,
    ListCourseTreesUseCase listCourseTrees,
    GetCourseVersionUseCase getCourseVersion,
    ImportCourseTreesUseCase importCourseTrees,
    ImportCourseTreeUseCase importCourseTree,
    EditCourseUseCase editCourse,
    DeleteCourseUseCase deleteCourse,
    AddChildUseCase addChild,
    EditChildUseCase editChild,
    DeleteChildUseCase deleteChild,
    TrackProgressUseCase trackProgress,
    GenerateCoursesUseCase generateCourses,
    GetLearnerDashboardUseCase getLearnerDashboard) {

  public SyllabusUseCases {
    Objects.requireNonNull(getCourseTree, "getCourseTree");
    Objects.requireNonNull(getSubtree, "getSubtree");
    Objects.requireNonNull(listCourseTrees, "listCourseTrees");
    Objects.requireNonNull(getCourseVersion, "getCourseVersion");
    Objects.requireNonNull(importCourseTrees, "importCourseTrees");
    Objects.requireNonNull(importCourseTree, "importCourseTree");
    Objects.requireNonNull(editCourse, "editCourse");
    Objects.requireNonNull(deleteCourse, "deleteCourse");
    Objects.requireNonNull(addChild, "addChild");
    Objects.requireNonNull(editChild, "editChild");
    Objects.requireNonNull(deleteChild, "deleteChild");
    Objects.requireNonNull(trackProgress, "trackProgress");
    Objects.requireNonNull(generateCourses, "generateCourses");
    Objects.requireNonNull(getLearnerDashboard, "getLearnerDashboard");
  }
}
