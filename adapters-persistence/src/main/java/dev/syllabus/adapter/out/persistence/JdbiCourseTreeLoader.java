package dev.syllabus.adapter.out.persistence;

import static dev.syllabus.adapter.out.persistence.CourseTreeAssembler.ids;

import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.course.TreeDepth;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: loads course trees with one statement per aggregate level for the whole request
 * (courses, then all their modules, lessons and exercises by {@code = any(:ids)}), however many
 * courses and however large, and assembles them in memory; a subtree costs one statement to find
 * its node and course, then one per level below it, and a depth stops the levels early. With a
 * maximum of parent ids per statement, a level below the courses costs ceil(parents / maximum)
 * statements instead. The exercises are fetched in batches and go straight into their lessons as
 * they come, so that a course of 100,000 exercises never holds all their rows at once.
 *
 * <p>Most courses are small, and for them the conversation costs more than the rows: where the
 * courses' stored sizes say that each level is one statement and the exercises one batch, the three
 * statements below the courses go to the server together, with the commit of the read's own
 * transaction, so that a read is two round trips (the courses, then the levels below them and the
 * commit) instead of five, with the same four statements in the same snapshot.
 */
public final class JdbiCourseTreeLoader extends CourseTreeReader {

  /** Large enough that ordinary courses, and pages of them, cost one statement per level. */
  public static final int DEFAULT_MAX_IDS_PER_STATEMENT = 10_000;

  /**
   * Exercise rows fetched per round trip: a batch of the driver's raw rows stays under 1 MiB. With
   * 10,000 (2 MiB), eight reads at once of a 100,000-exercise course, on two cores, each held its
   * batch across young collections, which copied the batches into the old generation: 10 to 13 full
   * collections in 30 s at -Xmx256m, none at 5,000, and about 15% more reads per second
   * (docs/benchmarks.md). A course pays one more round trip (not statement) for every 5,000
   * exercises.
   */
  public static final int DEFAULT_EXERCISES_PER_FETCH = 5_000;

  private final int maxIdsPerStatement;
  private final IdChunks chunks;
  private final int exercisesPerFetch;

  public JdbiCourseTreeLoader(Jdbi jdbi) {
    this(jdbi, DEFAULT_MAX_IDS_PER_STATEMENT);
  }

  public JdbiCourseTreeLoader(Jdbi jdbi, int maxIdsPerStatement) {
    this(jdbi, maxIdsPerStatement, DEFAULT_EXERCISES_PER_FETCH);
  }

  public JdbiCourseTreeLoader(Jdbi jdbi, int maxIdsPerStatement, int exercisesPerFetch) {
    this(jdbi, maxIdsPerStatement, exercisesPerFetch, DEFAULT_COMPACT_ABOVE_EXERCISES);
  }

  /**
   * The same, joining the titles of a read of more than {@code compactAboveExercises} exercises.
   */
  JdbiCourseTreeLoader(
      Jdbi jdbi, int maxIdsPerStatement, int exercisesPerFetch, long compactAboveExercises) {
    super(jdbi, compactAboveExercises);
    if (exercisesPerFetch < 1) {
      throw new IllegalArgumentException(
          "exercisesPerFetch must be positive, was " + exercisesPerFetch);
    }
    this.maxIdsPerStatement = maxIdsPerStatement;
    this.chunks = new IdChunks(maxIdsPerStatement);
    this.exercisesPerFetch = exercisesPerFetch;
  }

  /**
   * The levels below the courses in one round trip where that runs the very statements of the
   * level-by-level read (no level split into chunks, the exercises within one batch); otherwise
   * level by level. The sizes stored with the course rows tell which, in the read's snapshot.
   */
  @Override
  List<Course> belowCourses(
      CourseTreeDao dao, List<CourseRow> courses, TreeDepth depth, boolean ownTransaction) {
    if (!depth.includesLessons() || !fitsOneRoundTrip(courses)) {
      return super.belowCourses(dao, courses, depth, ownTransaction);
    }
    long[] courseIds = ids(courses, CourseRow::id);
    ChildrenByParent<ExerciseList.Builder, Exercise> exercises = exercisesFor(courses);
    // The read's last statements: nothing is read after them, so they may end its own transaction.
    CourseTreeDao.ModulesAndLessons levels =
        depth.includesExercises()
            ? dao.levelsOf(courseIds, exercises, ownTransaction)
            : dao.modulesAndLessonsOf(courseIds, ownTransaction);
    return CourseTreeAssembler.assemble(courses, levels.modules(), levels.lessons(), exercises);
  }

  private boolean fitsOneRoundTrip(List<CourseRow> courses) {
    CourseSize size = sizeOf(courses);
    return fitsOneRoundTrip(
        courses.size(), size.nodes(), size.exercises(), maxIdsPerStatement, exercisesPerFetch);
  }

  /**
   * Whether a read of this many courses, with these many nodes and exercises below them, reads the
   * levels below the courses in one round trip: public for the benchmarks' row floor, which reads
   * as the loader does.
   */
  public static boolean fitsOneRoundTrip(
      int courses, long nodes, long exercises, int maxIdsPerStatement, int exercisesPerFetch) {
    // No statement at all below no course; each level's parents are among the nodes.
    return courses > 0
        && courses <= maxIdsPerStatement
        && nodes <= maxIdsPerStatement
        && exercises <= exercisesPerFetch;
  }

  @Override
  List<ModuleRow> modulesOf(CourseTreeDao dao, long[] courseIds) {
    return chunks.query(courseIds, dao::modulesOf);
  }

  @Override
  List<LessonRow> lessonsOf(CourseTreeDao dao, long[] moduleIds) {
    return chunks.query(moduleIds, dao::lessonsOf);
  }

  @Override
  void exercisesOf(
      CourseTreeDao dao, long[] lessonIds, ChildrenByParent<ExerciseList.Builder, Exercise> into) {
    // The exercises go straight into their lessons' lists as they are read: no list of rows.
    chunks.forEach(lessonIds, chunk -> dao.exercisesOf(chunk, exercisesPerFetch, into));
  }
}
