package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.syllabus.application.port.in.CourseTree;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.benchmarks.Shape;
import dev.syllabus.domain.course.Course;
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
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mapstruct.factory.Mappers;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the response views of one course tree written as JSON by each candidate writer, into a
 * stream that counts the bytes and drops them, as Jersey hands Dropwizard's object mapper the
 * response's stream. The views are built once from a synthetic course of the benchmark's shapes;
 * only the writing is measured. Every writer must produce the service's bytes, or the run stops.
 * docs/benchmarks.md has the figures, with those of the hand-written writer this one replaced. It
 * sits in the views' package because they and their mapper are package-private, as an adapter's
 * classes are. Run: {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main
 * ViewJsonBenchmark -prof gc} (the gc profiler's {@code gc.alloc.rate.norm} is bytes per tree,
 * {@code cpuNanos / writes} the CPU time per tree); on a shared machine run it several times and
 * compare medians, since one fork sees only its own noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ViewJsonBenchmark {

  /** A shape of the benchmark: S, M or L. */
  @Param({"S", "M", "L"})
  public String shape;

  /** Whether a learner was asked: every second exercise completed. */
  @Param({"false", "true"})
  public boolean progress;

  /**
   * {@code bean}: Jackson's bean serializer, as a mapper without modules has it; {@code blackbird}:
   * the service's own mapper, Dropwizard's, which registers the Blackbird module.
   */
  @Param({"bean", "blackbird"})
  public String writer;

  private Object view;
  private ObjectMapper json;
  private final CountingStream out = new CountingStream();

  @Setup
  public void setUp() throws IOException {
    Course course = course(Shape.valueOf(shape).course());
    Optional<LearnerProgress> learner =
        progress ? Optional.of(everySecond(course)) : Optional.empty();
    view = Mappers.getMapper(CourseViewMapper.class).toView(new CourseTree(course, learner));
    json =
        switch (writer) {
          case "bean" -> Jackson.newMinimalObjectMapper();
          case "blackbird" -> Jackson.newObjectMapper();
          default -> throw new IllegalArgumentException("no writer " + writer);
        };
    if (!Arrays.equals(
        json.writeValueAsBytes(view), Jackson.newObjectMapper().writeValueAsBytes(view))) {
      throw new IllegalStateException(writer + " does not write the service's bytes for " + shape);
    }
  }

  @Benchmark
  public long write(CpuTime cpu) throws IOException {
    long start = THREADS.getCurrentThreadCpuTime();
    out.bytes = 0;
    json.writeValue(out, view);
    cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - start;
    cpu.writes++;
    return out.bytes;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * The writing thread's CPU time and its writes, per iteration ({@code cpuNanos / writes} is CPU
   * time per tree): on a machine shared with other work, a thread waiting for a core adds to the
   * wall time JMH reports, not to this.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    public long cpuNanos;
    public long writes;

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
      writes = 0;
    }
  }

  /** The course a fresh database holds for the shape's draft: ids and positions from 1. */
  static Course course(CourseShape shape) {
    List<CourseModule> modules = new ArrayList<>();
    long lessonId = 0;
    long exerciseId = 0;
    for (ModuleDraft module : shape.draft("Benchmark course", true).modules()) {
      List<Lesson> lessons = new ArrayList<>();
      for (LessonDraft lesson : module.lessons()) {
        List<Exercise> exercises = new ArrayList<>();
        for (ExerciseDraft exercise : lesson.exercises()) {
          exercises.add(
              new Exercise(
                  new ExerciseId(++exerciseId),
                  exercise.type(),
                  exercise.title(),
                  exercises.size() + 1));
        }
        lessons.add(
            new Lesson(new LessonId(++lessonId), lesson.title(), lessons.size() + 1, exercises));
      }
      int position = modules.size() + 1;
      modules.add(new CourseModule(new ModuleId(position), module.title(), position, lessons));
    }
    return new Course(new CourseId(1), "Benchmark course", true, 1, modules);
  }

  private static LearnerProgress everySecond(Course course) {
    Set<ExerciseId> completed = new HashSet<>();
    List<ExerciseId> ids = course.exerciseIds();
    for (int i = 0; i < ids.size(); i += 2) {
      completed.add(ids.get(i));
    }
    return new LearnerProgress(new LearnerId(7), completed);
  }

  private static final class CountingStream extends OutputStream {
    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
