package dev.syllabus.benchmarks.load;

import dev.syllabus.benchmarks.Format;
import dev.syllabus.benchmarks.load.TreeSnapshot.CourseState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What must hold after the load, checked on the database directly: no 5xx and no request without an
 * answer; positions dense and unique under every parent; exercises exactly the seeded, plus the
 * added, minus the deleted; every course's version one more than its successful changes; every tree
 * what its successful changes make of the seed, in version order; and completions exactly what each
 * learner last set.
 */
final class LoadChecks {

  static final int SHOWN = 5;

  /** One rule, whether it held, and the figures that say so. */
  record Check(String rule, boolean passed, String figures) {}

  /**
   * What the clients did: their tallies summed, every confirmed change, every learner's last
   * completions.
   */
  record Run(Tally tally, List<Change> changes, Map<Long, Map<Long, Boolean>> completions) {}

  private LoadChecks() {}

  static List<Check> all(Connection database, TreeSnapshot seed, TreeSnapshot after, Run run)
      throws SQLException {
    Replay replay = Replay.of(seed, run.changes());
    return List.of(
        answered(run.tally()),
        statuses(run.tally()),
        densePositions(database),
        exerciseCount(seed, after, run.changes()),
        versions(replay, after),
        trees(replay, after),
        completions(replay, after, run.completions()),
        progressReads(run.tally()));
  }

  static Check answered(Tally tally) {
    long fiveHundreds = tally.withStatusIn(500, 600);
    return new Check(
        "no response was a 5xx, and every request got a response",
        fiveHundreds == 0 && tally.errors() == 0,
        Format.count(fiveHundreds)
            + " 5xx of "
            + Format.count(tally.requests())
            + " requests; "
            + Format.count(tally.errors())
            + " connection errors or timeouts");
  }

  static Check statuses(Tally tally) {
    Map<String, Long> unexpected = tally.unexpected();
    return new Check(
        "every status is one its kind of request may answer under concurrent changes",
        unexpected.isEmpty(),
        unexpected.isEmpty() ? "none other" : "unexpected: " + unexpected);
  }

  /**
   * Every parent's children at positions 1..n, each position once: reads the positions, not the
   * order.
   */
  static Check densePositions(Connection database) throws SQLException {
    String sql =
        """
        select parent, n, low, high, distinct_positions from (
          select 'course ' || course_id parent, count(*) n, min(position) low, max(position) high,
                 count(distinct position) distinct_positions
          from course_modules group by course_id
          union all
          select 'module ' || module_id, count(*), min(position), max(position), count(distinct position)
          from lessons group by module_id
          union all
          select 'lesson ' || lesson_id, count(*), min(position), max(position), count(distinct position)
          from exercises group by lesson_id) per_parent
        where low <> 1 or high <> n or distinct_positions <> n
        order by parent""";
    List<String> broken = new ArrayList<>();
    long parents;
    try (Statement statement = database.createStatement()) {
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          broken.add(
              String.format(
                  "%s: %d children at positions %d..%d, %d distinct",
                  rows.getString(1),
                  rows.getLong(2),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getLong(5)));
        }
      }
      try (ResultSet rows =
          statement.executeQuery(
              "select (select count(distinct course_id) from course_modules)"
                  + " + (select count(distinct module_id) from lessons)"
                  + " + (select count(distinct lesson_id) from exercises)")) {
        rows.next();
        parents = rows.getLong(1);
      }
    }
    return new Check(
        "positions are 1..n, each once, under every course, module and lesson",
        broken.isEmpty(),
        broken.isEmpty()
            ? "dense under all " + Format.count(parents) + " parents"
            : broken.size() + " parents broken: " + first(broken));
  }

  static Check exerciseCount(TreeSnapshot seed, TreeSnapshot after, List<Change> changes) {
    long seeded = exercises(seed);
    long added = changes.stream().filter(c -> c.edit() instanceof Change.AddExercise).count();
    long deleted = changes.stream().filter(c -> c.edit() instanceof Change.DeleteExercise).count();
    long stored = exercises(after);
    return new Check(
        "exercises stored = seeded + successful adds − successful deletes",
        stored == seeded + added - deleted,
        String.format(
            "%s + %s − %s = %s; stored %s",
            Format.count(seeded),
            Format.count(added),
            Format.count(deleted),
            Format.count(seeded + added - deleted),
            Format.count(stored)));
  }

  static Check versions(Replay replay, TreeSnapshot after) {
    List<String> wrong = new ArrayList<>(replay.versionProblems());
    replay
        .expected()
        .forEach(
            (id, expected) -> {
              CourseState actual = after.courses().get(id);
              if (actual == null || actual.version() != expected.version()) {
                wrong.add(
                    "course "
                        + id
                        + " at v"
                        + (actual == null ? "–" : actual.version())
                        + ", expected v"
                        + expected.version());
              }
            });
    long changes = replay.expected().values().stream().mapToLong(c -> c.version() - 1).sum();
    return new Check(
        "every course's version = 1 + its successful changes, each version answered to one change",
        wrong.isEmpty(),
        wrong.isEmpty()
            ? Format.count(changes) + " changes over " + replay.expected().size() + " courses"
            : first(wrong));
  }

  static Check trees(Replay replay, TreeSnapshot after) {
    List<String> wrong = new ArrayList<>(replay.editProblems());
    replay
        .expected()
        .forEach(
            (id, expected) -> {
              CourseState actual = after.courses().get(id);
              if (actual == null) {
                wrong.add("course " + id + " is gone");
                return;
              }
              if (!expected.title().equals(actual.title())) {
                wrong.add(
                    "course "
                        + id
                        + " is titled '"
                        + actual.title()
                        + "', expected '"
                        + expected.title()
                        + "'");
              }
              differences("module", expected.lessonsByModule(), actual.lessonsByModule(), wrong);
              differences(
                  "lesson", expected.exercisesByLesson(), actual.exercisesByLesson(), wrong);
              expected
                  .exerciseTitles()
                  .forEach(
                      (exercise, title) -> {
                        String stored = actual.exerciseTitles().get(exercise);
                        if (stored != null && !stored.equals(title)) {
                          wrong.add(
                              "exercise "
                                  + exercise
                                  + " is titled '"
                                  + stored
                                  + "', expected '"
                                  + title
                                  + "'");
                        }
                      });
            });
    return new Check(
        "every tree is what its successful changes make of the seed, in version order:"
            + " each lesson's and module's children, their order, every title",
        wrong.isEmpty(),
        wrong.isEmpty()
            ? "every tree as replayed"
            : wrong.size() + " differences: " + first(wrong));
  }

  static Check completions(
      Replay replay, TreeSnapshot after, Map<Long, Map<Long, Boolean>> lastSet) {
    Set<Long> existing = new HashSet<>();
    replay.expected().values().forEach(course -> existing.addAll(course.exerciseTitles().keySet()));
    List<String> wrong = new ArrayList<>();
    long expectedCount = 0;
    long storedCount = 0;
    Set<Long> learners = new TreeSet<>(lastSet.keySet());
    learners.addAll(after.completionsByLearner().keySet());
    for (long learner : learners) {
      Set<Long> expected = new TreeSet<>();
      lastSet
          .getOrDefault(learner, Map.of())
          .forEach(
              (exercise, completed) -> {
                if (completed && existing.contains(exercise)) {
                  expected.add(exercise);
                }
              });
      Set<Long> stored =
          new TreeSet<>(after.completionsByLearner().getOrDefault(learner, Set.of()));
      expectedCount += expected.size();
      storedCount += stored.size();
      if (!Objects.equals(expected, stored)) {
        Set<Long> missing = new TreeSet<>(expected);
        missing.removeAll(stored);
        Set<Long> extra = new TreeSet<>(stored);
        extra.removeAll(expected);
        wrong.add("learner " + learner + " lacks " + missing + ", has extra " + extra);
      }
    }
    return new Check(
        "completions stored = what each learner last set, on the exercises that remain",
        wrong.isEmpty(),
        "expected "
            + Format.count(expectedCount)
            + ", stored "
            + Format.count(storedCount)
            + (wrong.isEmpty() ? "" : "; " + first(wrong)));
  }

  /**
   * A client alone sets its learner's completions and reads them back in turn, so a read must show
   * what it last set, also while other clients delete those exercises: the service reads a tree and
   * the completions in it from one snapshot, so an exercise it shows is shown with its completion.
   */
  static Check progressReads(Tally tally) {
    List<String> disagreements =
        tally.disagreements().stream().map(Tally.Disagreement::what).toList();
    long reads = tally.perKind(Kind.PROGRESS_READ).statuses().getOrDefault(200, 0L);
    return new Check(
        "every progress read showed the completions its learner had last set",
        disagreements.isEmpty(),
        Format.count(disagreements.size())
            + " disagreements in "
            + Format.count(reads)
            + " reads"
            + (disagreements.isEmpty() ? "" : ": " + first(disagreements)));
  }

  private static long exercises(TreeSnapshot snapshot) {
    return snapshot.courses().values().stream().mapToLong(CourseState::exerciseCount).sum();
  }

  private static void differences(
      String parentKind,
      Map<Long, List<Long>> expected,
      Map<Long, List<Long>> actual,
      List<String> wrong) {
    Set<Long> parents = new TreeSet<>(expected.keySet());
    parents.addAll(actual.keySet());
    for (long parent : parents) {
      List<Long> want = expected.getOrDefault(parent, List.of());
      List<Long> have = actual.getOrDefault(parent, List.of());
      if (!want.equals(have)) {
        wrong.add(parentKind + " " + parent + " holds " + have + ", expected " + want);
      }
    }
  }

  private static String first(List<String> items) {
    List<String> shown = items.subList(0, Math.min(SHOWN, items.size()));
    return String.join("; ", shown) + (items.size() > SHOWN ? "; …" : "");
  }

  static Map<Long, Map<Long, Boolean>> byLearner(List<Client> clients) {
    Map<Long, Map<Long, Boolean>> completions = new TreeMap<>();
    clients.forEach(client -> completions.put(client.learner(), client.completions()));
    return completions;
  }
}
