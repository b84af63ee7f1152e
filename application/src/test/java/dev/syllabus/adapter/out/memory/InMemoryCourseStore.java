package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Driven adapter that keeps course trees and completions in memory: the fake that use-case tests
 * run on. The same port contract suites as the Jdbi adapters bind it to their behaviour.
 */
public final class InMemoryCourseStore
    implements LoadCourseTreesPort,
        LoadCompletionsPort,
        CreateCourseTreesPort,
        RecordCompletionsPort {

  private final TreeMap<Long, Course> courses = new TreeMap<>();
  private final Set<ExerciseId> exercises = new HashSet<>();
  private final Map<LearnerId, Set<ExerciseId>> completions = new HashMap<>();
  private long lastId;

  @Override
  public synchronized List<Course> loadCourseTrees(Collection<CourseId> ids) {
    return ids.stream()
        .map(id -> courses.get(id.value()))
        .filter(Objects::nonNull)
        .distinct()
        .sorted(Comparator.comparingLong(course -> course.id().value()))
        .toList();
  }

  @Override
  public synchronized CourseTreeSlice loadCourseTrees(CourseTreeFilter filter) {
    List<Course> matching =
        courses.values().stream()
            .filter(course -> filter.matches(course.id(), course.published()))
            .limit(filter.limit() + 1L)
            .toList();
    boolean hasMore = matching.size() > filter.limit();
    return new CourseTreeSlice(hasMore ? matching.subList(0, filter.limit()) : matching, hasMore);
  }

  @Override
  public synchronized LearnerProgress loadCompletions(
      LearnerId learner, Collection<ExerciseId> asked) {
    Set<ExerciseId> completed = new HashSet<>(completions.getOrDefault(learner, Set.of()));
    completed.retainAll(new HashSet<>(asked));
    return new LearnerProgress(learner, completed);
  }

  @Override
  public synchronized List<CourseId> createCourseTrees(List<CourseDraft> drafts) {
    List<CourseId> ids = new ArrayList<>(drafts.size());
    for (CourseDraft draft : drafts) {
      Course course = create(draft);
      courses.put(course.id().value(), course);
      exercises.addAll(course.exerciseIds());
      ids.add(course.id());
    }
    return ids;
  }

  @Override
  public synchronized void recordCompletions(LearnerId learner, Collection<ExerciseId> done) {
    for (ExerciseId exercise : done) {
      if (!exercises.contains(exercise)) {
        throw new ExerciseNotFoundException("Exercise " + exercise + " not found");
      }
    }
    completions.computeIfAbsent(learner, any -> new HashSet<>()).addAll(done);
  }

  private Course create(CourseDraft draft) {
    List<CourseModule> modules = new ArrayList<>();
    for (ModuleDraft module : draft.modules()) {
      List<Lesson> lessons = new ArrayList<>();
      for (LessonDraft lesson : module.lessons()) {
        List<Exercise> lessonExercises = new ArrayList<>();
        for (ExerciseDraft exercise : lesson.exercises()) {
          lessonExercises.add(
              new Exercise(
                  new ExerciseId(++lastId),
                  exercise.type(),
                  exercise.title(),
                  lessonExercises.size() + 1));
        }
        lessons.add(
            new Lesson(
                new LessonId(++lastId), lesson.title(), lessons.size() + 1, lessonExercises));
      }
      modules.add(
          new CourseModule(new ModuleId(++lastId), module.title(), modules.size() + 1, lessons));
    }
    return new Course(new CourseId(++lastId), draft.title(), draft.published(), modules);
  }
}
