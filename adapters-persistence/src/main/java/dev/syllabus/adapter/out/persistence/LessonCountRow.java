package dev.syllabus.adapter.out.persistence;

import dev.syllabus.domain.course.LessonId;
import dev.syllabus.domain.course.ModuleId;
import dev.syllabus.domain.progress.LessonProgress;
import dev.syllabus.domain.progress.ProgressCount;
import org.jdbi.v3.core.mapper.RowMapper;

/** A lesson's exercises, and those of them one learner completed, as a statement counts them. */
record LessonCountRow(long moduleId, long lessonId, long completed, long total) {

  /** Reads the columns module_id, lesson_id, completed, total, in that order. */
  static final RowMapper<LessonCountRow> MAPPER =
      (rs, context) ->
          new LessonCountRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));

  LessonProgress toProgress() {
    return new LessonProgress(
        new ModuleId(moduleId), new LessonId(lessonId), new ProgressCount(completed, total));
  }
}
