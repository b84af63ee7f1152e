package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.load.Change.AddExercise;
import dev.syllabus.benchmarks.load.Change.DeleteExercise;
import dev.syllabus.benchmarks.load.Change.MoveExercise;
import dev.syllabus.benchmarks.load.Change.MoveLesson;
import dev.syllabus.benchmarks.load.Change.RenameCourse;
import dev.syllabus.benchmarks.load.Change.RenameExercise;
import dev.syllabus.benchmarks.load.TreeSnapshot.CourseState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the seeded trees must have become: the successful changes applied to the seed one by one,
 * course by course in version order, as the service defines them (an added or moved node goes to
 * the position asked and its later siblings move down; the gap it leaves closes). A change that
 * cannot apply, or a version given to two changes or skipped, is a problem the load found.
 */
final class Replay {

  private final Map<Long, CourseState> expected = new LinkedHashMap<>();
  private final List<String> versionProblems = new ArrayList<>();
  private final List<String> editProblems = new ArrayList<>();

  private Replay() {}

  static Replay of(TreeSnapshot seed, List<Change> changes) {
    Replay replay = new Replay();
    Map<Long, List<Change>> byCourse = new TreeMap<>();
    for (Change change : changes) {
      byCourse.computeIfAbsent(change.course(), course -> new ArrayList<>()).add(change);
    }
    for (CourseState course : seed.courses().values()) {
      List<Change> ordered = new ArrayList<>(byCourse.getOrDefault(course.id(), List.of()));
      ordered.sort(Comparator.comparingLong(Change::version));
      replay.expected.put(course.id(), replay.apply(course, ordered));
      byCourse.remove(course.id());
    }
    byCourse
        .keySet()
        .forEach(course -> replay.editProblems.add("changes to unknown course " + course));
    return replay;
  }

  Map<Long, CourseState> expected() {
    return expected;
  }

  /** Versions that two changes answered, or none did. */
  List<String> versionProblems() {
    return versionProblems;
  }

  /** Changes that could not apply to the tree as the changes before them left it. */
  List<String> editProblems() {
    return editProblems;
  }

  private CourseState apply(CourseState seed, List<Change> changes) {
    Tree tree = new Tree(seed);
    long version = seed.version();
    for (Change change : changes) {
      if (change.version() == version) {
        versionProblems.add("course " + seed.id() + ": two changes answered version " + version);
      } else if (change.version() != version + 1) {
        versionProblems.add(
            "course " + seed.id() + ": no change answered version " + (version + 1));
      }
      version = change.version();
      String failed = tree.apply(change.edit());
      if (failed != null) {
        editProblems.add("course " + seed.id() + " v" + change.version() + ": " + failed);
      }
    }
    return tree.state(seed.id(), seed.version() + changes.size());
  }

  /** One course's tree, mutable while the changes apply. */
  private static final class Tree {
    String title;
    final Map<Long, List<Long>> lessonsByModule = new LinkedHashMap<>();
    final Map<Long, List<Long>> exercisesByLesson = new TreeMap<>();
    final Map<Long, String> exerciseTitles = new TreeMap<>();

    Tree(CourseState seed) {
      title = seed.title();
      seed.lessonsByModule()
          .forEach((module, lessons) -> lessonsByModule.put(module, new ArrayList<>(lessons)));
      seed.exercisesByLesson()
          .forEach(
              (lesson, exercises) -> exercisesByLesson.put(lesson, new ArrayList<>(exercises)));
      exerciseTitles.putAll(seed.exerciseTitles());
    }

    /** Applies an edit; answers why it cannot apply, or null. */
    String apply(Change.Edit edit) {
      if (edit instanceof AddExercise add) {
        if (exerciseTitles.containsKey(add.exercise())) {
          return "exercise " + add.exercise() + " added twice";
        }
        exerciseTitles.put(add.exercise(), add.title());
        return insert(exercisesByLesson, add.lesson(), add.exercise(), add.position(), "lesson");
      }
      if (edit instanceof DeleteExercise delete) {
        if (exerciseTitles.remove(delete.exercise()) == null) {
          return "deleted exercise " + delete.exercise() + ", which is not there";
        }
        exercisesByLesson
            .values()
            .forEach(exercises -> exercises.remove(Long.valueOf(delete.exercise())));
        return null;
      }
      if (edit instanceof MoveExercise move) {
        if (!remove(exercisesByLesson, move.exercise())) {
          return "moved exercise " + move.exercise() + ", which is not there";
        }
        return insert(exercisesByLesson, move.lesson(), move.exercise(), move.position(), "lesson");
      }
      if (edit instanceof MoveLesson move) {
        if (!remove(lessonsByModule, move.lesson())) {
          return "moved lesson " + move.lesson() + ", which is not there";
        }
        return insert(lessonsByModule, move.module(), move.lesson(), move.position(), "module");
      }
      if (edit instanceof RenameExercise rename) {
        return exerciseTitles.replace(rename.exercise(), rename.title()) == null
            ? "renamed exercise " + rename.exercise() + ", which is not there"
            : null;
      }
      title = ((RenameCourse) edit).title();
      return null;
    }

    CourseState state(long id, long version) {
      return new CourseState(
          id, title, version, lessonsByModule, exercisesByLesson, exerciseTitles);
    }

    private static boolean remove(Map<Long, List<Long>> children, long child) {
      for (List<Long> siblings : children.values()) {
        if (siblings.remove(Long.valueOf(child))) {
          return true;
        }
      }
      return false;
    }

    private static String insert(
        Map<Long, List<Long>> children, long parent, long child, int position, String parentKind) {
      List<Long> siblings = children.get(parent);
      if (siblings == null) {
        return "no " + parentKind + " " + parent + " in this course";
      }
      if (position < 1 || position > siblings.size() + 1) {
        return "position "
            + position
            + " of "
            + parentKind
            + " "
            + parent
            + " with "
            + siblings.size()
            + " children";
      }
      siblings.add(position - 1, child);
      return null;
    }
  }
}
