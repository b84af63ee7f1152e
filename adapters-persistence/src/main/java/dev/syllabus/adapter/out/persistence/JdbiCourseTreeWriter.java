package dev.syllabus.adapter.out.persistence;

import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Driven adapter: stores new course trees in one transaction with five statements whatever their
 * size: new course ids, then one insert per level from parallel arrays.
 */
public final class JdbiCourseTreeWriter implements CreateCourseTreesPort {

  private final Jdbi jdbi;

  public JdbiCourseTreeWriter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<CourseId> createCourseTrees(List<CourseDraft> drafts) {
    if (drafts.isEmpty()) {
      return List.of();
    }
    return jdbi.inTransaction(
        handle -> {
          CourseTreeWriteDao dao = Daos.attach(handle, CourseTreeWriteDao.class);
          long[] courseIds = insertCourses(dao, drafts);
          Map<Key, Long> moduleIds = insertModules(dao, drafts, courseIds);
          Map<Key, Long> lessonIds = insertLessons(dao, drafts, courseIds, moduleIds);
          insertExercises(dao, drafts, courseIds, moduleIds, lessonIds);
          List<CourseId> ids = new ArrayList<>(courseIds.length);
          for (long id : courseIds) {
            ids.add(new CourseId(id));
          }
          return ids;
        });
  }

  /** A child by its natural key: the parent's id and the child's position under it. */
  private record Key(long parent, int position) {}

  private static long[] insertCourses(CourseTreeWriteDao dao, List<CourseDraft> drafts) {
    // Ids first, so that each draft knows its course id whatever order rows are inserted in.
    long[] ids = dao.newCourseIds(drafts.size());
    String[] titles = new String[drafts.size()];
    boolean[] published = new boolean[drafts.size()];
    for (int c = 0; c < drafts.size(); c++) {
      titles[c] = drafts.get(c).title();
      published[c] = drafts.get(c).published();
    }
    dao.insertCourses(ids, titles, published);
    return ids;
  }

  private static Map<Key, Long> insertModules(
      CourseTreeWriteDao dao, List<CourseDraft> drafts, long[] courseIds) {
    LevelColumns modules = new LevelColumns();
    for (int c = 0; c < drafts.size(); c++) {
      List<ModuleDraft> children = drafts.get(c).modules();
      for (int m = 0; m < children.size(); m++) {
        modules.add(courseIds[c], children.get(m).title(), m + 1);
      }
    }
    return modules.isEmpty()
        ? Map.of()
        : byKey(dao.insertModules(modules.parents(), modules.titles(), modules.positions()));
  }

  private static Map<Key, Long> insertLessons(
      CourseTreeWriteDao dao, List<CourseDraft> drafts, long[] courseIds, Map<Key, Long> moduleIds) {
    LevelColumns lessons = new LevelColumns();
    for (int c = 0; c < drafts.size(); c++) {
      List<ModuleDraft> modules = drafts.get(c).modules();
      for (int m = 0; m < modules.size(); m++) {
        long moduleId = moduleIds.get(new Key(courseIds[c], m + 1));
        List<LessonDraft> children = modules.get(m).lessons();
        for (int l = 0; l < children.size(); l++) {
          lessons.add(moduleId, children.get(l).title(), l + 1);
        }
      }
    }
    return lessons.isEmpty()
        ? Map.of()
        : byKey(dao.insertLessons(lessons.parents(), lessons.titles(), lessons.positions()));
  }

  private static void insertExercises(
      CourseTreeWriteDao dao,
      List<CourseDraft> drafts,
      long[] courseIds,
      Map<Key, Long> moduleIds,
      Map<Key, Long> lessonIds) {
    LevelColumns exercises = new LevelColumns();
    for (int c = 0; c < drafts.size(); c++) {
      List<ModuleDraft> modules = drafts.get(c).modules();
      for (int m = 0; m < modules.size(); m++) {
        long moduleId = moduleIds.get(new Key(courseIds[c], m + 1));
        List<LessonDraft> lessons = modules.get(m).lessons();
        for (int l = 0; l < lessons.size(); l++) {
          long lessonId = lessonIds.get(new Key(moduleId, l + 1));
          List<ExerciseDraft> children = lessons.get(l).exercises();
          for (int e = 0; e < children.size(); e++) {
            ExerciseDraft exercise = children.get(e);
            exercises.add(lessonId, exercise.type().code(), exercise.title(), e + 1);
          }
        }
      }
    }
    if (!exercises.isEmpty()) {
      dao.insertExercises(
          exercises.parents(), exercises.types(), exercises.titles(), exercises.positions());
    }
  }

  private static Map<Key, Long> byKey(List<InsertedChild> inserted) {
    Map<Key, Long> ids = new HashMap<>(inserted.size() * 2);
    for (InsertedChild child : inserted) {
      ids.put(new Key(child.parentId(), child.position()), child.id());
    }
    return ids;
  }
}
