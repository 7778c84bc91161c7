package com.synergycouncil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.synergycouncil.BrowserTest;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The compliance officer, logged in once through the webapps, reads one demo application's whole story in a real
 * (headless) chromium: submitted first, then the votes, each with the member's name. The shared {@link BrowserTest}
 * context (demo data); it only reads Soop Social, which the demo awards and no other browser test changes. Needs Debian's chromium and chromedriver (CHROMIUM_BINARY / CHROMEDRIVER_BINARY, else /usr/bin):
 * skipped without them, failed when REQUIRE_BROWSER=true. The screenshot goes to {build.dir}/screenshots.
 */
@BrowserTest
class AuditTimelineBrowserTests {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static String chromium;
  private static String chromedriver;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private final Path screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots");
  private Path profileDir;
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
    profileDir = Files.createTempDirectory("council-audit-chromium-");
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1500,1100", "--lang=ko-KR", "--user-data-dir=" + profileDir.toAbsolutePath());
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
      if (profileDir != null) {
        try (Stream<Path> files = Files.walk(profileDir)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }

  @Test
  void theComplianceOfficerReadsOneApplicationsStoryInOrder() throws IOException {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%Soop Social%'")
        .query(String.class).single();
    try {
      logIn("compliance", "demo");
      // logged in once the webapps' session is authenticated: the product's pages then open without a login
      String timeline = "http://localhost:" + port + "/compliance/audit/requests/" + reference;
      wait.until(browser -> {
        browser.get(timeline);
        return browser.getCurrentUrl().equals(timeline);
      });
      WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
      assertThat(heading.getText()).contains(reference);
      List<WebElement> rows = driver.findElements(By.cssSelector("table.timeline tr.act"));
      List<String> kinds = rows.stream().map(row -> row.findElement(By.cssSelector("td.kind")).getText()).toList();
      List<String> names = rows.stream().map(row -> row.findElement(By.cssSelector("td.name")).getText()).toList();
      screenshot("audit-timeline");

      int submission = kinds.indexOf("신청 접수 / Submission");
      int vote = IntStream.range(0, rows.size())
          .filter(i -> kinds.get(i).equals("투표 / Vote") && names.get(i).equals("이서연 Lee Seoyeon"))
          .findFirst().orElse(-1);
      assertThat(submission).as("the submission in %s", kinds).isNotNegative();
      assertThat(names.get(submission)).isEqualTo("한유진 Han Yujin");
      assertThat(vote).as("skt-cto's vote in %s / %s", kinds, names).isGreaterThan(submission);
      assertThat(rows.get(vote).getText()).contains("찬성 / APPROVE", "Clear employment impact");
      assertThat(kinds).contains("의결 / Resolution");
      assertThat(kinds.indexOf("의결 / Resolution")).isGreaterThan(vote);
    } catch (RuntimeException | AssertionError failure) {
      screenshot("audit-timeline-failure");
      Files.writeString(screenshots.resolve("audit-timeline-failure.html"), driver.getPageSource(),
          StandardCharsets.UTF_8);
      throw failure;
    }
  }

  /**
   * Logs in on the webapps' login page. Should the form's submit not reach the server (seen with headless chromium
   * 156 and Camunda 7.24's Angular form), the page itself posts the same login, with its own XSRF token, as the form
   * would: the session is the webapps' either way.
   */
  private void logIn(String user, String password) {
    driver.get("http://localhost:" + port + "/camunda/app/welcome/default/#!/login");
    type(By.cssSelector("input[ng-model=\"username\"]"), user);
    type(By.cssSelector("input[ng-model=\"password\"]"), password);
    driver.findElement(By.cssSelector("form[name=\"signinForm\"] button[type=\"submit\"]")).click();
    if (!loggedIn(Duration.ofSeconds(5))) {
      Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='))?.split('=')[1];
          fetch('/camunda/api/admin/auth/user/default/login/welcome', {method: 'POST', credentials: 'same-origin',
              headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token},
              body: 'username=' + encodeURIComponent(arguments[0]) + '&password=' + encodeURIComponent(arguments[1])})
            .then(response => done(response.status), error => done(String(error)));""", user, password);
      assertThat(status).as("login of %s", user).isEqualTo(200L);
    }
    assertThat(loggedIn(WAIT)).as("%s is logged in to the webapps", user).isTrue();
  }

  private boolean loggedIn(Duration within) {
    try {
      return new WebDriverWait(driver, within).until(browser -> "200".equals(String.valueOf(
          ((JavascriptExecutor) browser).executeAsyncScript("""
              const done = arguments[arguments.length - 1];
              fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin'})
                .then(response => done(response.status), error => done(0));"""))));
    } catch (org.openqa.selenium.TimeoutException notYet) {
      return false;
    }
  }

  /**
   * Fills a login field once the webapp has settled. Typed keys do not always reach the Angular form in headless
   * chromium, so when they did not, the value is set as the browser's autofill would: value, then an input event.
   */
  private void type(By field, String text) {
    wait.until(driver -> {
      WebElement input = ExpectedConditions.elementToBeClickable(field).apply(driver);
      if (input == null) {
        return false;
      }
      if (!text.equals(input.getDomProperty("value"))) {
        input.sendKeys(text);
      }
      if (!text.equals(input.getDomProperty("value"))) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
      }
      return text.equals(driver.findElement(field).getDomProperty("value"));
    });
  }

  private void screenshot(String name) throws IOException {
    Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static String binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    String path = configured != null && !configured.isBlank() ? configured : fallback;
    return Files.isExecutable(Path.of(path)) ? path : null;
  }
}
