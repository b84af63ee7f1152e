package dev.syllabus.adapter.in.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;

/**
 * Driving adapter: writes the tree views field by field through Jackson's streaming generator, with
 * each field name encoded once. A large course is 100,000 exercise objects, and Jackson's bean
 * serializer (a property writer, a getter call and a null check per field) took about a third of
 * the service's time on one; this walk takes a fraction of that. The fields come in the order of
 * each record's components, as before; the progress fields ({@code completedExercises}, {@code
 * completed}) are left out when null, as their {@code @JsonInclude} says, and a page's {@code next}
 * is written even when null.
 */
final class TreeViewJson {

  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString POSITION = new SerializedString("position");
  private static final SerializableString PUBLISHED = new SerializedString("published");
  private static final SerializableString MODULES = new SerializedString("modules");
  private static final SerializableString LESSONS = new SerializedString("lessons");
  private static final SerializableString COMPLETED_EXERCISES =
      new SerializedString("completedExercises");
  private static final SerializableString EXERCISES = new SerializedString("exercises");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString COMPLETED = new SerializedString("completed");
  private static final SerializableString COURSES = new SerializedString("courses");
  private static final SerializableString NEXT = new SerializedString("next");

  private TreeViewJson() {}

  /** Writes a {@link CourseTreePageView}. */
  static final class PageSerializer extends StdSerializer<CourseTreePageView> {
    PageSerializer() {
      super(CourseTreePageView.class);
    }

    @Override
    public void serialize(CourseTreePageView page, JsonGenerator json, SerializerProvider unused)
        throws IOException {
      json.writeStartObject(page);
      array(COURSES, page.courses(), TreeViewJson::course, json);
      json.writeFieldName(NEXT);
      json.writeString(page.next());
      json.writeEndObject();
    }
  }

  /** Writes a {@link CourseView}. */
  static final class CourseSerializer extends StdSerializer<CourseView> {
    CourseSerializer() {
      super(CourseView.class);
    }

    @Override
    public void serialize(CourseView course, JsonGenerator json, SerializerProvider unused)
        throws IOException {
      course(course, json);
    }
  }

  private static void course(CourseView course, JsonGenerator json) throws IOException {
    json.writeStartObject(course);
    idAndTitle(course.id(), course.title(), json);
    json.writeFieldName(PUBLISHED);
    json.writeBoolean(course.published());
    array(MODULES, course.modules(), TreeViewJson::module, json);
    json.writeEndObject();
  }

  private static void module(ModuleView module, JsonGenerator json) throws IOException {
    json.writeStartObject(module);
    idTitleAndPosition(module.id(), module.title(), module.position(), json);
    array(LESSONS, module.lessons(), TreeViewJson::lesson, json);
    json.writeEndObject();
  }

  private static void lesson(LessonView lesson, JsonGenerator json) throws IOException {
    json.writeStartObject(lesson);
    idTitleAndPosition(lesson.id(), lesson.title(), lesson.position(), json);
    if (lesson.completedExercises() != null) {
      json.writeFieldName(COMPLETED_EXERCISES);
      json.writeNumber(lesson.completedExercises());
    }
    array(EXERCISES, lesson.exercises(), TreeViewJson::exercise, json);
    json.writeEndObject();
  }

  private static void exercise(ExerciseView exercise, JsonGenerator json) throws IOException {
    json.writeStartObject(exercise);
    json.writeFieldName(ID);
    json.writeNumber(exercise.id());
    json.writeFieldName(TYPE);
    json.writeString(exercise.type());
    json.writeFieldName(TITLE);
    json.writeString(exercise.title());
    json.writeFieldName(POSITION);
    json.writeNumber(exercise.position());
    if (exercise.completed() != null) {
      json.writeFieldName(COMPLETED);
      json.writeBoolean(exercise.completed());
    }
    json.writeEndObject();
  }

  /** How one element of an array is written. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(T element, JsonGenerator json) throws IOException;
  }

  private static <T> void array(
      SerializableString name, List<T> elements, ElementWriter<T> element, JsonGenerator json)
      throws IOException {
    json.writeFieldName(name);
    json.writeStartArray(elements, elements.size());
    for (T each : elements) {
      element.write(each, json);
    }
    json.writeEndArray();
  }

  private static void idAndTitle(long id, String title, JsonGenerator json) throws IOException {
    json.writeFieldName(ID);
    json.writeNumber(id);
    json.writeFieldName(TITLE);
    json.writeString(title);
  }

  private static void idTitleAndPosition(long id, String title, int position, JsonGenerator json)
      throws IOException {
    idAndTitle(id, title, json);
    json.writeFieldName(POSITION);
    json.writeNumber(position);
  }
}
