package dev.syllabus.adapter.out.memory;

import dev.syllabus.application.port.out.CourseTreeFilter;
import dev.syllabus.application.port.out.CourseTreeSlice;
import dev.syllabus.application.port.out.CreateCourseTreesPort;
import dev.syllabus.application.port.out.EditCourseTreesPort;
import dev.syllabus.application.port.out.ImportKeyTakenException;
import dev.syllabus.application.port.out.LoadCompletionsPort;
import dev.syllabus.application.port.out.LoadCourseStatePort;
import dev.syllabus.application.port.out.LoadCourseTreesPort;
import dev.syllabus.application.port.out.LockedCourse;
import dev.syllabus.application.port.out.NewChild;
import dev.syllabus.application.port.out.RecordCompletionsPort;
import dev.syllabus.application.port.out.RememberImportsPort;
import dev.syllabus.application.port.out.UnitOfWorkPort;
import dev.syllabus.domain.course.ChildId;
import dev.syllabus.domain.course.Course;
import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import dev.syllabus.domain.course.CourseId;
import dev.syllabus.domain.course.CourseModule;
import dev.syllabus.domain.course.CourseSize;
import dev.syllabus.domain.course.Exercise;
import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseType;
import dev.syllabus.domain.course.Insertion;
import dev.syllabus.domain.course.Lesson;
import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.course.Move;
import dev.syllabus.domain.course.NodePlace;
import dev.syllabus.domain.course.ParentId;
import dev.syllabus.domain.course.Siblings;
import dev.syllabus.domain.course.Subtrees;
import dev.syllabus.domain.course.TreeDepth;
import dev.syllabus.domain.idempotency.IdempotencyKey;
import dev.syllabus.domain.idempotency.PastImport;
import dev.syllabus.domain.progress.CourseProgress;
import dev.syllabus.domain.progress.LearnerId;
import dev.syllabus.domain.progress.LearnerProgress;
import dev.syllabus.domain.progress.LessonProgress;
import dev.syllabus.domain.progress.ProgressCount;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Driven adapter that keeps course trees and completions in memory: the fake that use-case tests
 * run on. The same port contract suites as the Jdbi adapters bind it to their behaviour. It keeps a
 * mutable tree inside and hands out immutable aggregates; one lock makes every call atomic. It
 * decides nothing about places: it applies the insertions and moves the domain decided, to lists
 * whose order is the position. A write that fails is undone: every change inside one records how to
 * take it back.
 */
public final class InMemoryCourseStore
    implements LoadCourseTreesPort,
        LoadCompletionsPort,
        CreateCourseTreesPort,
        RecordCompletionsPort,
        RememberImportsPort,
        EditCourseTreesPort,
        LoadCourseStatePort,
        UnitOfWorkPort {

  private final TreeMap<Long, CourseNode> courses = new TreeMap<>();
  private final Map<ChildId, Node> nodes = new HashMap<>();
  private final Map<LearnerId, Set<ExerciseId>> completions = new HashMap<>();
  private final Map<IdempotencyKey, PastImport> imports = new HashMap<>();
  // One sequence per kind, as the database has one per table: the same requests get the same ids.
  private long lastCourse;
  private long lastModule;
  private long lastLesson;
  private long lastExercise;

  /** How to take back the changes of the write under way, latest first; null outside writes. */
  private Deque<Runnable> undo;

  /** A course as stored: its modules in position order (a child's position is its index + 1). */
  private static final class CourseNode {
    final CourseId id;
    String title;
    boolean published;
    long version = 1;

    /** As stored beside the course: what the changes worked out, never counted here. */
    CourseSize size = CourseSize.EMPTY;

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
      if (undo != null) {
        return change.get();
      }
      undo = new ArrayDeque<>();
      try {
        return change.get();
      } catch (RuntimeException | Error e) {
        Deque<Runnable> takeBack = undo;
        undo = null;
        takeBack.forEach(Runnable::run);
        throw e;
      } finally {
        undo = null;
      }
    }
  }

  /** Records how to take back a change just made, if a write is under way. */
  private void undoable(Runnable takeBack) {
    if (undo != null) {
      undo.push(takeBack);
    }
  }

  // ---- reading

  @Override
  public synchronized List<Course> loadCourseTrees(Collection<CourseId> ids, TreeDepth depth) {
    // Looked up, not searched: a read costs its own courses, however many others there are.
    return ids.stream()
        .mapToLong(CourseId::value)
        .distinct()
        .sorted()
        .mapToObj(courses::get)
        .filter(java.util.Objects::nonNull)
        .map(course -> Subtrees.toDepth(toCourse(course), depth))
        .toList();
  }

  @Override
  public synchronized CourseTreeSlice loadCourseTrees(CourseTreeFilter filter, TreeDepth depth) {
    List<CourseNode> matching =
        courses.values().stream()
            .filter(course -> filter.matches(course.id, course.published))
            .limit(filter.limit() + 1L)
            .toList();
    int inSlice = filter.coursesInSlice(matching.stream().map(course -> course.size).toList());
    return new CourseTreeSlice(
        matching.subList(0, inSlice).stream()
            .map(course -> Subtrees.toDepth(toCourse(course), depth))
            .toList(),
        matching.size() > inSlice);
  }

  @Override
  public synchronized Optional<Course> loadSubtree(ChildId node, TreeDepth depth) {
    if (node instanceof ExerciseId) {
      throw new IllegalArgumentException("an exercise has no subtree");
    }
    return Optional.ofNullable(nodes.get(node))
        .flatMap(found -> Subtrees.of(toCourse(courseNodeOf(found.parent)), node, depth));
  }

  @Override
  public synchronized Optional<CourseState> loadCourseState(CourseId course) {
    return Optional.ofNullable(courses.get(course.value())).map(this::state);
  }

  @Override
  public synchronized Optional<CourseState> loadCourseStateOf(ExerciseId exercise) {
    return Optional.ofNullable(nodes.get(exercise)).map(node -> state(courseNodeOf(node.parent)));
  }

  @Override
  public synchronized LearnerProgress loadCompletions(
      LearnerId learner, Collection<ExerciseId> asked) {
    Set<ExerciseId> completed = new HashSet<>(completions.getOrDefault(learner, Set.of()));
    completed.retainAll(new HashSet<>(asked));
    return new LearnerProgress(learner, completed);
  }

  @Override
  public synchronized List<LessonProgress> loadLessonProgress(
      LearnerId learner, Collection<ModuleId> modules) {
    Set<ExerciseId> done = completions.getOrDefault(learner, Set.of());
    List<LessonProgress> counts = new ArrayList<>();
    for (ModuleId module : new java.util.LinkedHashSet<>(modules)) {
      Node stored = nodes.get(module);
      for (Node lesson : stored == null ? List.<Node>of() : stored.children) {
        long completed = lesson.children.stream().filter(e -> done.contains(e.id)).count();
        counts.add(
            new LessonProgress(
                module,
                (LessonId) lesson.id,
                new ProgressCount(completed, lesson.children.size())));
      }
    }
    return counts;
  }

  @Override
  public synchronized List<CourseProgress> loadCoursesInProgress(
      LearnerId learner, boolean withDrafts, Optional<CourseId> after, int limit) {
    Set<ExerciseId> done = completions.getOrDefault(learner, Set.of());
    List<CourseProgress> begun = new ArrayList<>();
    for (CourseNode course :
        courses.tailMap(after.map(CourseId::value).orElse(0L), false).values()) {
      if (begun.size() == limit) {
        break;
      }
      if (!(course.published || withDrafts)) {
        continue;
      }
      long completed = 0;
      long total = 0;
      for (Node module : course.children) {
        for (Node lesson : module.children) {
          total += lesson.children.size();
          completed += lesson.children.stream().filter(e -> done.contains(e.id)).count();
        }
      }
      if (completed > 0) {
        begun.add(new CourseProgress(course.id, course.title, new ProgressCount(completed, total)));
      }
    }
    return begun;
  }

  private CourseState state(CourseNode course) {
    return new CourseState(course.id, course.version, course.published, course.size);
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
  public synchronized List<Course> createCourses(List<CourseDraft> drafts) {
    List<CourseId> ids = new ArrayList<>(drafts.size());
    for (CourseDraft draft : drafts) {
      CourseNode course =
          new CourseNode(new CourseId(++lastCourse), draft.title(), draft.published());
      course.size = CourseSize.of(draft);
      for (ModuleDraft module : draft.modules()) {
        Node moduleNode = attach(course.id, new ModuleId(++lastModule), module.title(), null);
        for (LessonDraft lesson : module.lessons()) {
          Node lessonNode = attach(moduleNode, new LessonId(++lastLesson), lesson.title(), null);
          for (ExerciseDraft exercise : lesson.exercises()) {
            attach(lessonNode, new ExerciseId(++lastExercise), exercise.title(), exercise.type());
          }
        }
        course.children.add(moduleNode);
      }
      courses.put(course.id.value(), course);
      undoable(() -> forget(course));
      ids.add(course.id);
    }
    return loadCourseTrees(ids);
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
  public synchronized boolean recordCompletions(LearnerId learner, Collection<ExerciseId> done) {
    if (!nodes.keySet().containsAll(done)) {
      return false;
    }
    Set<ExerciseId> stored = completions.computeIfAbsent(learner, any -> new HashSet<>());
    for (ExerciseId exercise : done) {
      if (stored.add(exercise)) {
        undoable(() -> stored.remove(exercise));
      }
    }
    return true;
  }

  @Override
  public synchronized void undoCompletion(LearnerId learner, ExerciseId exercise) {
    Set<ExerciseId> stored = completions.getOrDefault(learner, new HashSet<>());
    if (stored.remove(exercise)) {
      undoable(() -> stored.add(exercise));
    }
  }

  // ---- imports done under idempotency keys

  @Override
  public synchronized Optional<PastImport> findImport(IdempotencyKey key) {
    return Optional.ofNullable(imports.get(key));
  }

  @Override
  public synchronized void remember(PastImport pastImport, Instant forgetBefore) {
    // The one lock serializes units of work: no import is ever in flight beside another.
    if (imports.containsKey(pastImport.key())) {
      throw new ImportKeyTakenException(pastImport.key(), false, null);
    }
    int forgotten = 0;
    for (Iterator<PastImport> past = imports.values().iterator();
        past.hasNext() && forgotten < FORGOTTEN_PER_CALL; ) {
      PastImport old = past.next();
      if (old.at().isBefore(forgetBefore)) {
        past.remove();
        undoable(() -> imports.put(old.key(), old));
        forgotten++;
      }
    }
    imports.put(pastImport.key(), pastImport);
    undoable(() -> imports.remove(pastImport.key()));
  }

  @Override
  public synchronized void forget(IdempotencyKey key) {
    PastImport old = imports.remove(key);
    if (old != null) {
      undoable(() -> imports.put(key, old));
    }
  }

  /** How many imports it remembers, for tests that check that expired ones are forgotten. */
  public synchronized int rememberedImports() {
    return imports.size();
  }

  // ---- editing inside trees: applying what the domain decided

  @Override
  public synchronized Optional<NodePlace> placeOf(ChildId id) {
    return Optional.ofNullable(nodes.get(id)).map(this::place);
  }

  @Override
  public synchronized Optional<CourseId> courseOf(ParentId parent) {
    return children(parent).map(any -> courseNodeOf(parent).id);
  }

  @Override
  public synchronized Siblings siblingsOf(ParentId parent) {
    return new Siblings(parent, children(parent).map(List::size).orElse(0));
  }

  @Override
  public synchronized List<LockedCourse> lockCourses(Collection<CourseId> ids) {
    // The one lock already keeps writes apart: locking a course only counts the change.
    return ids.stream()
        .sorted(java.util.Comparator.comparingLong(CourseId::value))
        .map(id -> courses.get(id.value()))
        .filter(java.util.Objects::nonNull)
        .map(this::bump)
        .toList();
  }

  @Override
  public synchronized CourseSize sizeOf(ChildId id) {
    Node root = nodes.get(id);
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
    return CourseSize.ofSubtree(id, lessons, exercises);
  }

  @Override
  public synchronized void storeSizes(Map<CourseId, CourseSize> sizes) {
    sizes.forEach(
        (id, size) -> {
          CourseNode course = courses.get(id.value());
          CourseSize old = course.size;
          course.size = size;
          undoable(() -> course.size = old);
        });
  }

  @Override
  public synchronized ChildId insert(Insertion insertion, NewChild child) {
    ParentId parent = insertion.parent();
    ChildId id =
        parent instanceof CourseId
            ? new ModuleId(++lastModule)
            : parent instanceof ModuleId
                ? new LessonId(++lastLesson)
                : new ExerciseId(++lastExercise);
    Node node = new Node(id, child.title(), child.type().orElse(null), parent);
    nodes.put(id, node);
    List<Node> siblings = children(parent).orElseThrow();
    siblings.add(insertion.position() - 1, node);
    undoable(
        () -> {
          siblings.remove(node);
          nodes.remove(id);
        });
    return id;
  }

  @Override
  public synchronized void move(Move move) {
    Node node = nodes.get(move.from().node());
    ParentId from = node.parent;
    List<Node> oldSiblings = children(from).orElseThrow();
    int oldIndex = oldSiblings.indexOf(node);
    ParentId to;
    int position;
    if (move instanceof Move.Reordering reordering) {
      to = from;
      position = reordering.to();
    } else if (move instanceof Move.Transfer transfer) {
      to = transfer.to().parent();
      position = transfer.to().position();
    } else {
      return;
    }
    List<Node> newSiblings = children(to).orElseThrow();
    oldSiblings.remove(oldIndex);
    newSiblings.add(position - 1, node);
    node.parent = to;
    undoable(
        () -> {
          newSiblings.remove(node);
          oldSiblings.add(oldIndex, node);
          node.parent = from;
        });
  }

  @Override
  public synchronized void delete(NodePlace place) {
    Node node = nodes.get(place.node());
    List<Node> siblings = children(node.parent).orElseThrow();
    int index = siblings.indexOf(node);
    siblings.remove(index);
    undoable(() -> siblings.add(index, node));
    forget(node);
  }

  @Override
  public synchronized void rename(ChildId id, String title) {
    Node node = nodes.get(id);
    String old = node.title;
    node.title = title;
    undoable(() -> node.title = old);
  }

  @Override
  public synchronized void retype(ExerciseId id, ExerciseType type) {
    Node node = nodes.get(id);
    ExerciseType old = node.type;
    node.type = type;
    undoable(() -> node.type = old);
  }

  @Override
  public synchronized Optional<LockedCourse> editCourse(
      CourseId id, Optional<String> title, Optional<Boolean> published) {
    CourseNode course = courses.get(id.value());
    if (course == null) {
      return Optional.empty();
    }
    String oldTitle = course.title;
    boolean wasPublished = course.published;
    title.ifPresent(value -> course.title = value);
    published.ifPresent(value -> course.published = value);
    undoable(
        () -> {
          course.title = oldTitle;
          course.published = wasPublished;
        });
    return Optional.of(bump(course));
  }

  @Override
  public synchronized Optional<LockedCourse> deleteCourse(CourseId id) {
    CourseNode course = courses.get(id.value());
    if (course == null) {
      return Optional.empty();
    }
    forget(course);
    return Optional.of(new LockedCourse(course.id, course.version, course.size));
  }

  private void forget(CourseNode course) {
    courses.remove(course.id.value());
    undoable(() -> courses.put(course.id.value(), course));
    course.children.forEach(this::forget);
  }

  private void forget(Node node) {
    nodes.remove(node.id);
    undoable(() -> nodes.put(node.id, node));
    if (node.id instanceof ExerciseId exercise) {
      for (Set<ExerciseId> done : completions.values()) {
        if (done.remove(exercise)) {
          undoable(() -> done.add(exercise));
        }
      }
    }
    node.children.forEach(this::forget);
  }

  private NodePlace place(Node node) {
    List<Node> siblings = children(node.parent).orElseThrow();
    return new NodePlace(
        node.id, courseNodeOf(node.parent).id, node.parent, siblings.indexOf(node) + 1);
  }

  private Optional<List<Node>> children(ParentId parent) {
    if (parent instanceof CourseId course) {
      return Optional.ofNullable(courses.get(course.value())).map(found -> found.children);
    }
    return Optional.ofNullable(nodes.get((ChildId) parent)).map(found -> found.children);
  }

  private CourseNode courseNodeOf(ParentId parent) {
    return parent instanceof CourseId course
        ? courses.get(course.value())
        : courseNodeOf(nodes.get((ChildId) parent).parent);
  }

  private LockedCourse bump(CourseNode course) {
    long previous = course.version++;
    undoable(() -> course.version = previous);
    return new LockedCourse(course.id, previous, course.size);
  }
}
