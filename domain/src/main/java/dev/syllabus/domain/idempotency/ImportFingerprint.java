package dev.syllabus.domain.idempotency;

import dev.syllabus.domain.course.CourseDraft;
import dev.syllabus.domain.course.CourseDraft.ExerciseDraft;
import dev.syllabus.domain.course.CourseDraft.LessonDraft;
import dev.syllabus.domain.course.CourseDraft.ModuleDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a draft says, in 64 hex digits: the SHA-256 of a canonical form of the parsed draft, so two
 * bodies that differ only in spacing, field order or escapes have the same fingerprint, and any
 * difference in a title, a type, the published flag or the shape of the tree gives another.
 */
public record ImportFingerprint(String sha256) {

  public ImportFingerprint {
    Objects.requireNonNull(sha256, "sha256");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a fingerprint is 64 lowercase hex digits, was " + sha256);
    }
  }

  public static ImportFingerprint of(CourseDraft draft) {
    Canonical form = new Canonical();
    form.text("course-draft/1");
    form.text(draft.title()).flag(draft.published()).count(draft.modules().size());
    for (ModuleDraft module : draft.modules()) {
      form.text(module.title()).count(module.lessons().size());
      for (LessonDraft lesson : module.lessons()) {
        form.text(lesson.title()).count(lesson.exercises().size());
        for (ExerciseDraft exercise : lesson.exercises()) {
          form.text(exercise.type().code()).text(exercise.title());
        }
      }
    }
    return new ImportFingerprint(HexFormat.of().formatHex(form.digest.digest()));
  }

  /** Every value with its length or a fixed size before it, so no two drafts read the same. */
  private static final class Canonical {
    private final MessageDigest digest;

    Canonical() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }

    Canonical text(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      count(bytes.length);
      digest.update(bytes);
      return this;
    }

    Canonical flag(boolean flag) {
      digest.update((byte) (flag ? 1 : 0));
      return this;
    }

    Canonical count(int count) {
      digest.update(
          new byte[] {
            (byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count
          });
      return this;
    }
  }
}
