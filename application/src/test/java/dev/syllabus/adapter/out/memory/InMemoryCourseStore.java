package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.in.AddChildCommand;
import dev.syllabus.application.port.in.ChildChange;
import dev.syllabus.application.port.in.CourseNotFoundException;
import dev.syllabus.application.port.in.CourseVersion;
import dev.syllabus.application.port.in.EditChildCommand;
import dev.syllabus.application.port.in.EditCourseCommand;
import dev.syllabus.application.port.in.ExerciseNotFoundException;
import dev.syllabus.application.port.in.ExpectedVersion;
import dev.syllabus.application.port.in.InvalidCommandException;
import dev.syllabus.application.port.in.NodeNotFoundException;
import dev.syllabus.application.port.in.VersionMismatchException;
import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseLimits;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Driven adapter that keeps course trees and completions in memory: the fake that use-case tests
 * run on. The same port contract suites as the Jdbi adapters bind it to their behaviour. It keeps a
 * mutable tree inside and hands out immutable aggregates; one lock makes every call atomic.
 */
public final class InMemoryCourseStore
    implements LoadCourseTreesPort,
        LoadCompletionsPort,
        CreateCourseTreesPort,
        RecordCompletionsPort,
        EditCourseTreesPort,
        LoadCourseStatePort,
        UnitOfWorkPort {

  private final TreeMap<Long, CourseNode> courses = new TreeMap<>();
  private final Map<ChildId, Node> nodes = new HashMap<>();
  private final Map<LearnerId, Set<ExerciseId>> completions = new HashMap<>();
  private long lastId;

  /** A course as stored: its modules in position order (a child's position is its index + 1). */
  private static final class CourseNode {
    final CourseId id;
    String title;
    boolean published;
    long version = 1;
    final List<Node> children = new ArrayList<>();

    CourseNode(CourseId id, String title, boolean published) {
      this.id = id;
      this.title = title;
      this.published = published;
    }
  }

  /** A module, lesson or exercise as stored. */
  private static final class Node {
    final ChildId id;
    String title;
    ExerciseType type;
    ParentId parent;
    final List<Node> children = new ArrayList<>();

    Node(ChildId id, String title, ExerciseType type, ParentId parent) {
      this.id = id;
      this.title = title;
      this.type = type;
      this.parent = parent;
    }
  }

  // ---- units of work: the one lock, held across the calls of the unit (it is reentrant)

  @Override
  public <T> T read(Supplier<T> reads) {
    synchronized (this) {
      return reads.get();
    }
  }

  @Override
  public <T> T write(Supplier<T> change) {
    synchronized (this) {
      return change.get();
    }
  }

  // ---- reading

  @Override
  public synchronized List<Course> loadCourseTrees(Collection<CourseId> ids) {
    Set<CourseId> wanted = new HashSet<>(ids);
    return courses.values().stream()
        .filter(course -> wanted.contains(course.id))
        .map(this::toCourse)
        .toList();
  }

  @Override
  public synchronized CourseTreeSlice loadCourseTrees(CourseTreeFilter filter) {
    List<Course> matching =
        courses.values().stream()
            .filter(course -> filter.matches(course.id, course.published))
            .limit(filter.limit() + 1L)
            .map(this::toCourse)
            .toList();
    int inSlice = filter.coursesInSlice(matching.stream().map(CourseSize::of).toList());
    return new CourseTreeSlice(matching.subList(0, inSlice), matching.size() > inSlice);
  }

  @Override
  public synchronized Optional<CourseState> loadCourseState(CourseId course) {
    return Optional.ofNullable(courses.get(course.value())).map(this::state);
  }

  @Override
  public synchronized Optional<CourseState> loadCourseStateOf(ExerciseId exercise) {
    return Optional.ofNullable(nodes.get(exercise)).map(node -> state(courseOf(node)));
  }

  @Override
  public synchronized LearnerProgress loadCompletions(
      LearnerId learner, Collection<ExerciseId> asked) {
    Set<ExerciseId> completed = new HashSet<>(completions.getOrDefault(learner, Set.of()));
    completed.retainAll(new HashSet<>(asked));
    return new LearnerProgress(learner, completed);
  }

  private CourseState state(CourseNode course) {
    return new CourseState(course.id, course.version, course.published, size(course));
  }

  private Course toCourse(CourseNode course) {
    List<CourseModule> modules = new ArrayList<>();
    for (Node module : course.children) {
      List<Lesson> lessons = new ArrayList<>();
      for (Node lesson : module.children) {
        List<Exercise> exercises = new ArrayList<>();
        for (Node exercise : lesson.children) {
          exercises.add(
              new Exercise(
                  (ExerciseId) exercise.id, exercise.type, exercise.title, exercises.size() + 1));
        }
        lessons.add(new Lesson((LessonId) lesson.id, lesson.title, lessons.size() + 1, exercises));
      }
      modules.add(
          new CourseModule((ModuleId) module.id, module.title, modules.size() + 1, lessons));
    }
    return new Course(course.id, course.title, course.published, course.version, modules);
  }

  // ---- writing whole trees and completions

  @Override
  public synchronized List<CourseId> createCourseTrees(List<CourseDraft> drafts) {
    List<CourseId> ids = new ArrayList<>(drafts.size());
    for (CourseDraft draft : drafts) {
      CourseNode course = new CourseNode(new CourseId(++lastId), draft.title(), draft.published());
      for (ModuleDraft module : draft.modules()) {
        Node moduleNode = attach(course.id, new ModuleId(++lastId), module.title(), null);
        for (LessonDraft lesson : module.lessons()) {
          Node lessonNode = attach(moduleNode, new LessonId(++lastId), lesson.title(), null);
          for (ExerciseDraft exercise : lesson.exercises()) {
            attach(lessonNode, new ExerciseId(++lastId), exercise.title(), exercise.type());
          }
        }
        course.children.add(moduleNode);
      }
      courses.put(course.id.value(), course);
      ids.add(course.id);
    }
    return ids;
  }

  private Node attach(CourseId course, ChildId id, String title, ExerciseType type) {
    Node node = new Node(id, title, type, course);
    nodes.put(id, node);
    return node;
  }

  private Node attach(Node parent, ChildId id, String title, ExerciseType type) {
    Node node = new Node(id, title, type, (ParentId) parent.id);
    nodes.put(id, node);
    parent.children.add(node);
    return node;
  }

  @Override
  public synchronized void recordCompletions(LearnerId learner, Collection<ExerciseId> done) {
    for (ExerciseId exercise : done) {
      if (!nodes.containsKey(exercise)) {
        throw new ExerciseNotFoundException("Exercise " + exercise + " not found");
      }
    }
    completions.computeIfAbsent(learner, any -> new HashSet<>()).addAll(done);
  }

  @Override
  public synchronized void undoCompletion(LearnerId learner, ExerciseId exercise) {
    completions.getOrDefault(learner, new HashSet<>()).remove(exercise);
  }

  // ---- editing inside trees

  @Override
  public synchronized CourseVersion editCourse(EditCourseCommand command) {
    CourseNode course = course(command.course());
    VersionMismatchException.check(course.id, command.expectedVersion(), course.version);
    command.title().ifPresent(title -> course.title = title);
    command.published().ifPresent(published -> course.published = published);
    return bump(course);
  }

  @Override
  public synchronized void deleteCourse(CourseId id, ExpectedVersion expectedVersion) {
    CourseNode course = course(id);
    VersionMismatchException.check(course.id, expectedVersion, course.version);
    course.children.forEach(this::forget);
    courses.remove(id.value());
  }

  @Override
  public synchronized ChildChange addChild(AddChildCommand command, CourseLimits limits) {
    List<Node> siblings =
        children(command.parent())
            .orElseThrow(() -> EditCourseTreesPort.parentNotFound(command.parent()));
    CourseNode course = courseOf(command.parent());
    VersionMismatchException.check(course.id, command.expectedVersion(), course.version);
    int position = command.position().orElse(siblings.size() + 1);
    InvalidCommandException.checkPosition(position, siblings.size() + 1);
    ParentId parent = command.parent();
    InvalidCommandException.requireWithin(
        limits, size(course).plus(CourseSize.ofChildUnder(parent)));
    ChildId id =
        parent instanceof CourseId
            ? new ModuleId(++lastId)
            : parent instanceof ModuleId ? new LessonId(++lastId) : new ExerciseId(++lastId);
    Node node =
        new Node(id, command.title(), command.exerciseType().orElse(null), command.parent());
    nodes.put(id, node);
    siblings.add(position - 1, node);
    return new ChildChange(id, bump(course));
  }

  @Override
  public synchronized ChildChange editChild(EditChildCommand command, CourseLimits limits) {
    Node node = node(command.child());
    CourseNode from = courseOf(node);
    VersionMismatchException.check(from.id, command.expectedVersion(), from.version);
    List<Node> oldSiblings = children(node.parent).orElseThrow();
    ParentId target = command.parent().orElse(node.parent);
    List<Node> newSiblings =
        command.parent().isPresent()
            ? children(target).orElseThrow(() -> InvalidCommandException.missingParent(target))
            : oldSiblings;
    boolean sameParent = target.equals(node.parent);
    int position =
        command
            .position()
            .orElse(sameParent ? oldSiblings.indexOf(node) + 1 : newSiblings.size() + 1);
    InvalidCommandException.checkPosition(
        position, sameParent ? newSiblings.size() : newSiblings.size() + 1);
    CourseNode into = courseOf(target);
    if (into != from) {
      InvalidCommandException.requireWithin(limits, size(into).plus(subtreeSize(node)));
    }

    command.title().ifPresent(title -> node.title = title);
    command.exerciseType().ifPresent(type -> node.type = type);
    oldSiblings.remove(node);
    newSiblings.add(position - 1, node);
    node.parent = target;
    CourseNode to = courseOf(node);
    if (to != from) {
      bump(to);
    }
    return new ChildChange(node.id, bump(from));
  }

  @Override
  public synchronized CourseVersion deleteChild(ChildId child, ExpectedVersion expectedVersion) {
    Node node = node(child);
    CourseNode course = courseOf(node);
    VersionMismatchException.check(course.id, expectedVersion, course.version);
    children(node.parent).orElseThrow().remove(node);
    forget(node);
    return bump(course);
  }

  private void forget(Node node) {
    nodes.remove(node.id);
    if (node.id instanceof ExerciseId exercise) {
      completions.values().forEach(done -> done.remove(exercise));
    }
    node.children.forEach(this::forget);
  }

  private CourseNode course(CourseId id) {
    CourseNode course = courses.get(id.value());
    if (course == null) {
      throw new CourseNotFoundException(id);
    }
    return course;
  }

  private Node node(ChildId id) {
    Node node = nodes.get(id);
    if (node == null) {
      throw new NodeNotFoundException(id);
    }
    return node;
  }

  private Optional<List<Node>> children(ParentId parent) {
    if (parent instanceof CourseId course) {
      return Optional.ofNullable(courses.get(course.value())).map(found -> found.children);
    }
    return Optional.ofNullable(nodes.get((ChildId) parent)).map(found -> found.children);
  }

  private CourseNode courseOf(ParentId parent) {
    return parent instanceof CourseId course ? course(course) : courseOf(node((ChildId) parent));
  }

  private CourseNode courseOf(Node node) {
    return courseOf(node.parent);
  }

  /** The fake counts its tree each time: it has no row to keep a count on. */
  private CourseSize size(CourseNode course) {
    return CourseSize.of(toCourse(course));
  }

  private static CourseSize subtreeSize(Node root) {
    long lessons = 0;
    long exercises = 0;
    for (Node child : root.children) {
      if (child.id instanceof LessonId) {
        lessons++;
        exercises += child.children.size();
      } else {
        exercises++;
      }
    }
    return CourseSize.ofSubtree(root.id, lessons, exercises);
  }

  private static CourseVersion bump(CourseNode course) {
    course.version++;
    return new CourseVersion(course.id, course.version);
  }
}
