package com.synergycouncil.reporting;

import com.synergycouncil.BrowserTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A compliance officer logs in, opens the compliance page, asks for the current quarter's report when there is none
 * yet, downloads the PDF with the browser and the file holds the Korean report. The shared {@link BrowserTest}
 * context: demo profile (user {@code compliance}, password {@code demo}), job executor on.
 *
 * <p>Needs Debian's chromium and chromedriver (CHROMIUM_BINARY / CHROMEDRIVER_BINARY, else /usr/bin): without them it
 * is skipped, or fails when REQUIRE_BROWSER=true (CI). Screenshots go to {build.dir}/screenshots.
 */
@BrowserTest
class ImpactReportBrowserTests {

  private static final String USER = "compliance";
  private static final String PASSWORD = "demo";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration REPORT_WAIT = Duration.ofSeconds(120);

  private static String chromium;
  private static String chromedriver;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final Path screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots");
  private Path profileDir;
  private Path downloads;
  private ChromeDriverService service;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  static void findTheBrowser() {
    chromium = binary("CHROMIUM_BINARY", "/usr/bin/chromium");
    chromedriver = binary("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
    if (chromium == null || chromedriver == null) {
      if ("true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"))) {
        fail("REQUIRE_BROWSER=true but chromium or chromedriver is missing");
      }
      Assumptions.assumeTrue(false, "chromium/chromedriver not installed: browser test skipped");
    }
  }

  @BeforeEach
  void startTheBrowser() throws IOException {
    Files.createDirectories(screenshots);
    profileDir = Files.createTempDirectory("report-chromium-");
    downloads = Files.createTempDirectory("report-downloads-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--lang=ko-KR", "--user-data-dir=" + profileDir.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "plugins.always_open_pdf_externally", true));
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  @AfterEach
  void stopTheBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      for (Path directory : new Path[] {profileDir, downloads}) {
        if (directory != null) {
          try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
          }
        }
      }
    }
  }

  @Test
  void aComplianceOfficerDownloadsTheQuarterlyReportAsPdf() throws Exception {
    Quarter current = Quarter.containing(ClockUtil.now().toInstant());
    try {
      logIn();
      driver.get(url("/compliance/reports"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#generate-report")));
      screenshot("report-01-compliance-page");
      if (driver.findElements(pdfLink(current)).isEmpty()) {
        js("arguments[0].value = arguments[1]", driver.findElement(By.name("year")), String.valueOf(current.year()));
        js("arguments[0].value = arguments[1]", driver.findElement(By.name("quarter")),
            String.valueOf(current.quarter()));
        click(driver.findElement(By.cssSelector("#generate-report")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#generation-requested")));
        screenshot("report-02-generation-requested");
        awaitReport(current);
      }
      screenshot("report-03-report-listed");

      click(driver.findElement(pdfLink(current)));
      Path pdf = awaitDownload();

      byte[] content = Files.readAllBytes(pdf);
      String text = ImpactReportContentTests.pdfText(content);
      assertThat(text).contains("분기 사회적 임팩트 보고서", "Quarterly social-impact report", current.labelKo(),
          "기금 파이프라인", "지원 신청 접수");
      assertThat(pdf.getFileName().toString()).startsWith("impact-report-%d-Q%d-v".formatted(current.year(),
          current.quarter())).endsWith(".pdf");
      Files.copy(pdf, screenshots.resolve("report-downloaded.pdf"), StandardCopyOption.REPLACE_EXISTING);
      assertThat(jdbc.sql("select count(*) from report_download where downloaded_by = ? and format = 'PDF'")
          .param(USER).query(Long.class).single()).isEqualTo(1);
    } catch (Throwable failure) {
      evidence("report-failure");
      throw failure;
    }
  }

  /** The webapps' login; typed again when Angular re-renders the form under the first keystrokes. */
  private void logIn() {
    driver.get(url("/camunda/app/welcome/default/#!/login"));
    By username = By.cssSelector("input[ng-model=\"username\"]");
    By password = By.cssSelector("input[ng-model=\"password\"]");
    for (int attempt = 1; attempt <= 5; attempt++) {
      wait.until(ExpectedConditions.elementToBeClickable(username));
      type(username, USER);
      type(password, PASSWORD);
      if (!USER.equals(driver.findElement(username).getDomProperty("value"))
          || !PASSWORD.equals(driver.findElement(password).getDomProperty("value"))) {
        continue;
      }
      click(driver.findElement(By.cssSelector("form[name=\"signinForm\"] button[type=\"submit\"]")));
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(password));
        return;
      } catch (org.openqa.selenium.TimeoutException stillOnTheLoginPage) {
        screenshot("report-00-login-attempt-" + attempt);
      }
    }
    fail("could not log in as " + USER);
  }

  /**
   * Types into an Angular input. Headless Chromium 156 under chromedriver here delivers neither keystrokes nor pointer
   * clicks to the page (observed: the value stays empty), so when the keystrokes are lost the value is set and
   * Angular told through its own input event; clicks go through the DOM ({@link #click}).
   */
  private void type(By field, String text) {
    WebElement input = driver.findElement(field);
    input.clear();
    input.sendKeys(text);
    if (!text.equals(input.getDomProperty("value"))) {
      js("var input = angular.element(arguments[0]); input.val(arguments[1]); input.triggerHandler('input');"
          + "input.triggerHandler('change');", input, text);
    }
  }

  private void awaitReport(Quarter quarter) throws InterruptedException {
    Instant deadline = Instant.now().plus(REPORT_WAIT);
    while (driver.findElements(pdfLink(quarter)).isEmpty()) {
      if (Instant.now().isAfter(deadline)) {
        fail("the report of " + quarter + " did not appear on the compliance page");
      }
      Thread.sleep(1000);
      driver.navigate().refresh();
    }
  }

  private Path awaitDownload() throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(downloads)) {
        Optional<Path> done = files.filter(file -> file.getFileName().toString().endsWith(".pdf")).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(250);
    }
    try (Stream<Path> files = Files.list(downloads)) {
      List<String> names = files.map(file -> file.getFileName().toString()).toList();
      throw new AssertionError("no PDF downloaded; the download directory holds " + names);
    }
  }

  /** A click as the page receives it from a person (see {@link #type} for why it goes through the DOM). */
  private void click(WebElement element) {
    js("arguments[0].click();", element);
  }

  private Object js(String script, Object... arguments) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
  }

  private static By pdfLink(Quarter quarter) {
    return By.cssSelector("tr[id^=\"report-%d-Q%d-v\"] a.download-pdf".formatted(quarter.year(), quarter.quarter()));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String step) {
    try {
      Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(file, screenshots.resolve(step + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("could not save the screenshot " + step, e);
    }
  }

  private void evidence(String name) {
    try {
      screenshot(name);
      Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      // the browser may be gone: the original failure matters more
    }
  }

  private static String binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    String path = configured != null && !configured.isBlank() ? configured : fallback;
    return Files.isExecutable(Path.of(path)) ? path : null;
  }
}
