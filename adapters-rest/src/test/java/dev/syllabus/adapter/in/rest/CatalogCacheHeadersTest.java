package dev.syllabus.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.syllabus.adapter.out.memory.InMemoryCourseStore;
import dev.syllabus.application.service.CourseShape;
import dev.syllabus.domain.course.CourseId;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which answers to a catalog read a shared cache may keep: only what every anonymous caller gets,
 * under tags a purge finds; never a draft, progress or an error.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CatalogCacheHeadersTest {

  private final InMemoryCourseStore store = new InMemoryCourseStore();
  private final ResourceExtension resources =
      RestFixture.courseResourceOver(
          store, CatalogCacheHeaders.purgedWithin(Duration.ofMinutes(10)));
  private final List<CourseId> courses =
      store.createCourseTrees(
          List.of(
              new CourseShape(1, 1, 1).draft("Published", true),
              new CourseShape(1, 1, 1).draft("Draft", false)));
  private final long published = courses.get(0).value();
  private final long draft = courses.get(1).value();

  private Invocation.Builder get(String path) {
    return resources.target(path).request();
  }

  @Test
  void an_anonymous_tree_is_public_for_shared_caches_only_and_filed_under_its_course() {
    Response tree = get("/courses/" + published).get();

    assertThat(tree.getStatus()).isEqualTo(200);
    assertThat(tree.getHeaderString("Cache-Control")).isEqualTo("public, max-age=0, s-maxage=600");
    assertThat(tree.getHeaderString("Vary")).isEqualTo("Authorization");
    assertThat(tree.getHeaderString("xkey")).isEqualTo("course-" + published);
  }

  @Test
  void a_revalidated_tree_says_the_same_as_the_tree() {
    Response notModified = get("/courses/" + published).header("If-None-Match", "\"v1\"").get();

    assertThat(notModified.getStatus()).isEqualTo(304);
    assertThat(notModified.getHeaderString("Cache-Control"))
        .isEqualTo("public, max-age=0, s-maxage=600");
    assertThat(notModified.getHeaderString("Vary")).isEqualTo("Authorization");
    assertThat(notModified.getHeaderString("xkey")).isEqualTo("course-" + published);
  }

  @Test
  void an_anonymous_page_is_filed_under_the_tag_every_change_purges() {
    Response page = get("/courses").get();

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getHeaderString("Cache-Control")).isEqualTo("public, max-age=0, s-maxage=600");
    assertThat(page.getHeaderString("xkey")).isEqualTo("course-pages");
  }

  @Test
  void an_authors_draft_is_private_and_untagged() {
    Response tree =
        get("/courses/" + draft)
            .header("Authorization", "Bearer " + RestFixture.AUTHOR_TOKEN)
            .get();

    assertThat(tree.getStatus()).isEqualTo(200);
    assertThat(tree.getHeaderString("Cache-Control")).isEqualTo("private, no-cache");
    assertThat(tree.getHeaderString("Vary")).isEqualTo("Authorization");
    assertThat(tree.getHeaderString("xkey")).isNull();
  }

  @Test
  void a_learners_progress_is_stored_nowhere() {
    Response progress =
        resources
            .target("/courses/" + published)
            .queryParam("learner", 7)
            .request()
            .header("Authorization", "Bearer " + RestFixture.LEARNER_7_TOKEN)
            .get();

    assertThat(progress.getStatus()).isEqualTo(200);
    assertThat(progress.getHeaderString("Cache-Control")).isEqualTo("private, no-store");
    assertThat(progress.getHeaderString("xkey")).isNull();
  }

  @Test
  void an_anonymous_404_is_stored_nowhere_since_the_course_may_be_an_authors_draft() {
    Response missing = get("/courses/" + draft).get();

    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(missing.getHeaderString("Cache-Control")).isEqualTo("no-store");
    assertThat(missing.getHeaderString("Vary")).isEqualTo("Authorization");
    assertThat(missing.getHeaderString("xkey")).isNull();
  }

  @Test
  void without_a_purging_cache_a_shared_cache_must_revalidate_every_time() {
    ResourceExtension unpurged = RestFixture.courseResourceOver(store);
    try {
      unpurged.before();
      Response tree = unpurged.target("/courses/" + published).request().get();

      assertThat(tree.getHeaderString("Cache-Control")).isEqualTo("public, no-cache");
      assertThat(tree.getHeaderString("xkey")).isNull();
    } catch (Throwable e) {
      throw new AssertionError(e);
    } finally {
      try {
        unpurged.after();
      } catch (Throwable e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void a_change_makes_its_courses_trees_and_every_page_stale() {
    assertThat(CacheTags.staleAfterChangesOf(List.of(new CourseId(9), new CourseId(3))))
        .containsExactly("course-3", "course-9", "course-pages");
  }
}
