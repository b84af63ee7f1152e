package dev.syllabus.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.syllabus.adapter.out.persistence.JdbiCourseTreeLoader;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The {@code persistence} section: how course trees are loaded and the schema kept current. */
public class PersistenceSettings {

  /** Which driven adapters serve the ports. */
  public enum Adapter {
    /** PostgreSQL through Jdbi: the service as it is deployed. */
    @JsonProperty("jdbi")
    JDBI,
    /**
     * Everything in this process's memory, gone when it stops: to learn and try without a database.
     */
    @JsonProperty("memory")
    MEMORY
  }

  /** How the levels of a course tree are read. */
  public enum Loading {
    /** One statement per level for the whole request: {@link JdbiCourseTreeLoader}. */
    @JsonProperty("batched")
    BATCHED,
    /** One statement per parent, the N+1 problem; to teach and to measure against. */
    @JsonProperty("naive")
    NAIVE
  }

  @NotNull private Adapter adapter = Adapter.JDBI;

  @NotNull private Loading loading = Loading.BATCHED;

  @Min(1)
  private int maxIdsPerStatement = JdbiCourseTreeLoader.DEFAULT_MAX_IDS_PER_STATEMENT;

  @Min(1)
  private int exercisesPerFetch = JdbiCourseTreeLoader.DEFAULT_EXERCISES_PER_FETCH;

  private boolean migrateOnStart = true;

  @JsonProperty
  public Adapter getAdapter() {
    return adapter;
  }

  @JsonProperty
  public void setAdapter(Adapter adapter) {
    this.adapter = adapter;
  }

  @JsonProperty
  public Loading getLoading() {
    return loading;
  }

  @JsonProperty
  public void setLoading(Loading loading) {
    this.loading = loading;
  }

  @JsonProperty
  public int getMaxIdsPerStatement() {
    return maxIdsPerStatement;
  }

  @JsonProperty
  public void setMaxIdsPerStatement(int maxIdsPerStatement) {
    this.maxIdsPerStatement = maxIdsPerStatement;
  }

  @JsonProperty
  public int getExercisesPerFetch() {
    return exercisesPerFetch;
  }

  @JsonProperty
  public void setExercisesPerFetch(int exercisesPerFetch) {
    this.exercisesPerFetch = exercisesPerFetch;
  }

  @JsonProperty
  public boolean isMigrateOnStart() {
    return migrateOnStart;
  }

  @JsonProperty
  public void setMigrateOnStart(boolean migrateOnStart) {
    this.migrateOnStart = migrateOnStart;
  }
}
