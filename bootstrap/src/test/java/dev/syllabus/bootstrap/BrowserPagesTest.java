package dev.syllabus.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service's pages in a real browser, headless Debian Chromium: the API page renders every
 * operation of the description; the query profiler the statements of a request just made, that
 * request's own page its statements as a waterfall, and the summary by endpoint its endpoint; and
 * none logs a JavaScript error. Skips only where Chromium or its driver is not installed ({@code
 * .ci/run} installs both).
 */
class BrowserPagesTest {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @RegisterExtension static final RunningSyllabus SYLLABUS = RunningSyllabus.with();

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(
        CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theApiPageShowsEveryOperationWithoutAJavaScriptError() {
    browser.get(SYLLABUS.uri("/api-docs/").toString());

    List<WebElement> operations =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 13));
    assertThat(operations).hasSize(14);
    assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("Syllabus");
    assertThat(operations)
        .extracting(operation -> operation.findElement(By.cssSelector(".opblock-summary-path")))
        .extracting(path -> path.getAttribute("data-path"))
        .contains(
            "/courses/{id}", "/courses", "/{kind}/{id}", "/learners/{learner}/progress", "/ready");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theQueryProfilerShowsTheStatementsOfARequestJustMade() {
    WebElement row = onTheProfilerPage(requestOfTheDemoCourse("browser-"));

    assertThat(row.getText()).contains("GET /courses/1", "200");
    row.findElement(By.tagName("summary")).click();
    assertThat(row.findElement(By.cssSelector("table.statements")).getText())
        .contains("CourseTreeDao.coursesWithIds", "CourseTreeDao.levelsOf");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void aRequestsPageDrawsItsStatementsOnAWaterfallAndTheSummaryListsItsEndpoint() {
    String requestId = requestOfTheDemoCourse("waterfall-");
    onTheProfilerPage(requestId).findElement(By.linkText("GET /courses/1")).click();

    WebElement waterfall =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.waterfall")));
    assertThat(browser.findElement(By.cssSelector("dl.request")).getText())
        .contains(requestId, "GET /courses/{id}", "200");
    // The demo course is small: its three levels below the course go in one round trip.
    assertThat(waterfall.getText())
        .contains("CourseTreeDao.coursesWithIds", "CourseTreeDao.levelsOf");
    List<WebElement> bars = waterfall.findElements(By.cssSelector(".bar"));
    assertThat(bars).hasSize(2);
    int left = -1;
    for (WebElement bar : bars) {
      assertThat(bar.isDisplayed()).isTrue();
      assertThat(bar.getSize().getWidth()).isPositive();
      assertThat(bar.getLocation().getX()).as("one after another").isGreaterThanOrEqualTo(left);
      left = bar.getLocation().getX();
    }
    WebElement overview = browser.findElement(By.cssSelector("svg.overview"));
    assertThat(overview.getSize().getHeight()).as("10 px a line").isEqualTo(20);
    assertThat(overview.findElements(By.tagName("rect"))).hasSize(2);
    assertThat(consoleErrors()).isEmpty();

    browser.findElement(By.linkText("By endpoint")).click();
    WebElement summary =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.endpoints")));
    assertThat(summary.findElement(By.xpath(".//tr[td[text()='GET /courses/{id}']]")).getText())
        .contains("request ");
    browser.findElement(By.linkText("most statements")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("rank=statements"));
    assertThat(browser.findElement(By.tagName("strong")).getText()).isEqualTo("most statements");
    assertThat(browser.findElement(By.cssSelector("table.endpoints")).getText())
        .contains("GET /courses/{id}");
    assertThat(consoleErrors()).isEmpty();
  }

  /** Reads the demo course under a new request id, which it returns once the profiler has it. */
  private static String requestOfTheDemoCourse(String requestIdPrefix) {
    String requestId = requestIdPrefix + System.nanoTime();
    assertThat(
            SYLLABUS.call("GET", "/courses/1", null, null, "X-Request-Id", requestId).statusCode())
        .isEqualTo(200);
    SYLLABUS.profiledAfter("/courses/1");
    return requestId;
  }

  /** Opens {@code /queries} and returns the row of the request of that id. */
  private static WebElement onTheProfilerPage(String requestId) {
    browser.get("http://localhost:" + SYLLABUS.adminPort() + "/queries");
    return new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[contains(., '" + requestId + "')]]")));
  }

  /** What the page's JavaScript logged as an error, since the last time this was asked. */
  private static List<LogEntry> consoleErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }
}
