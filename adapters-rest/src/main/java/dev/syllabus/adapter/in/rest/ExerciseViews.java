package dev.syllabus.adapter.in.rest;

import dev.syllabus.domain.course.ExerciseId;
import dev.syllabus.domain.course.ExerciseList;
import dev.syllabus.domain.progress.LearnerProgress;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Driving adapter: a lesson's exercise views, each made from the packed list's fields when it is
 * read. Jackson reads a view, writes it and drops it, so a course of 100,000 exercises never holds
 * its aggregate and a second tree of views at once. A view is made from the fields, not from {@link
 * ExerciseList#get}: that makes an exercise and its id and checks them again, three objects and a
 * title check for every exercise of every response, where the view alone is needed. The lesson's
 * exercises are immutable, so the views say the same each time.
 */
final class ExerciseViews extends AbstractList<ExerciseView> implements RandomAccess {

  private final ExerciseList exercises;
  private final LearnerProgress completed; // null if no learner was asked

  ExerciseViews(ExerciseList exercises, LearnerProgress completed) {
    this.exercises = exercises;
    this.completed = completed;
  }

  @Override
  public ExerciseView get(int index) {
    long id = exercises.idAt(index);
    return new ExerciseView(
        id,
        exercises.typeAt(index).code(),
        exercises.titleAt(index),
        exercises.positionAt(index),
        completed == null ? null : completed.isCompleted(new ExerciseId(id)));
  }

  @Override
  public int size() {
    return exercises.size();
  }
}
