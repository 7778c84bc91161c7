package com.synergycouncil;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

/**
 * Debian's chromium, driven by its chromedriver, for one test at a time: a fresh profile and download folder per
 * test, the flags chromium needs as root on a closed network, screenshots under {build.dir}/screenshots. Register
 * it with {@code @RegisterExtension} and guard the class with
 * {@code @EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)}:
 * without chromium the class is skipped with that reason, unless {@code REQUIRE_BROWSER=true}, which makes it fail.
 */
public class Chromium implements BeforeEachCallback, AfterEachCallback {

  public static final String NO_BROWSER =
      "chromium/chromedriver not installed: browser test skipped (CI sets REQUIRE_BROWSER=true)";
  public static final Duration WAIT = Duration.ofSeconds(30);
  static final Duration LOGIN = Duration.ofSeconds(60);
  static final Duration PAGE_START = Duration.ofSeconds(15);

  private static final String CHROMIUM = "CHROMIUM_BINARY";
  private static final String CHROMEDRIVER = "CHROMEDRIVER_BINARY";

  private final Path screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots");
  private Path profile;
  private Path downloads;
  private ChromeDriverService service;
  private WebDriver driver;
  private WebDriverWait wait;

  /** Decided before Spring starts, so a skip costs nothing and Maven reports it with its reason. */
  public static boolean installedOrRequired() {
    return required() || (binary(CHROMIUM, "/usr/bin/chromium") != null
        && binary(CHROMEDRIVER, "/usr/bin/chromedriver") != null);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    String chromium = binary(CHROMIUM, "/usr/bin/chromium");
    String chromedriver = binary(CHROMEDRIVER, "/usr/bin/chromedriver");
    if (chromium == null || chromedriver == null) {
      fail("REQUIRE_BROWSER=true but chromium (" + describe(CHROMIUM, "/usr/bin/chromium") + ") or chromedriver ("
          + describe(CHROMEDRIVER, "/usr/bin/chromedriver") + ") is missing");
    }
    Files.createDirectories(screenshots);
    profile = Files.createTempDirectory("council-chromium-");
    downloads = Files.createTempDirectory("council-downloads-");
    // the driver is named explicitly, so Selenium Manager never runs (and never downloads anything)
    service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--lang=ko-KR", "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toAbsolutePath().toString(),
        "download.prompt_for_download", false,
        "plugins.always_open_pdf_externally", true,
        // headless chromium ignores --lang for navigator.languages, which the Camunda webapps read: set it here too
        "intl.accept_languages", "ko-KR,ko"));
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      if (driver != null && context.getExecutionException().isPresent()) {
        evidence("failure-" + context.getRequiredTestMethod().getName());
      }
    } finally {
      try {
        if (driver != null) {
          driver.quit();
        }
      } finally {
        if (service != null) {
          service.stop();
        }
        delete(profile);
        delete(downloads);
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Where the browser saves what it downloads. */
  public Path downloads() {
    return downloads;
  }

  /**
   * Logs in on a Camunda webapp login page (Tasklist, Cockpit or the welcome page): the session then also opens the
   * product's pages. Until the session is logged in, the form is filled and sent whenever it shows empty: Tasklist
   * may render its login view again after the page has loaded (it first asks whether a session exists), which empties
   * fields typed a moment earlier, and a click on an empty form sends nothing. A page that has not shown its form
   * within {@link #PAGE_START} (twice in CI runs it stayed on its loading spinner) is loaded again.
   */
  public void logIn(String loginPage, String user, String password) {
    By usernameField = By.cssSelector("input[ng-model=\"username\"]");
    By passwordField = By.cssSelector("input[ng-model=\"password\"]");
    By submit = By.cssSelector("form[name=\"signinForm\"] button[type=\"submit\"]");
    driver.get(loginPage);
    int[] sent = {0};
    int[] loads = {1};
    long[] loadedAt = {System.nanoTime()};
    new WebDriverWait(driver, LOGIN).pollingEvery(Duration.ofMillis(500))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .withMessage(() -> "no session for " + user + " after " + loads[0] + " page load(s) and sending the login form "
            + sent[0] + " time(s)")
        .until(browser -> {
          if (loggedIn(browser)) {
            return true;
          }
          java.util.List<WebElement> username = browser.findElements(usernameField);
          boolean formShown = !username.isEmpty() && username.get(0).isDisplayed();
          if (formShown && username.get(0).getDomProperty("value").isEmpty()) {
            type(usernameField, user);
            type(passwordField, password);
            wait.until(ExpectedConditions.elementToBeClickable(submit)).click();
            sent[0]++;
          } else if (!formShown && sent[0] == 0 && System.nanoTime() - loadedAt[0] > PAGE_START.toNanos()) {
            browser.navigate().refresh();
            loads[0]++;
            loadedAt[0] = System.nanoTime();
          }
          return false;
        });
  }

  /** Whether this browser's webapp session is logged in; asked with a fetch that gives up after two seconds. */
  private static boolean loggedIn(WebDriver browser) {
    Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        const abort = new AbortController();
        setTimeout(() => abort.abort(), 2000);
        fetch('/camunda/api/admin/auth/user/default', {credentials: 'same-origin', signal: abort.signal})
          .then(response => done(response.status), error => done(0));""");
    return "200".equals(String.valueOf(status));
  }

  /**
   * Fills a field once the page has settled. Keys typed into an Angular form do not always land in headless
   * chromium; when they did not, the value is set as the browser's autofill sets it: value, then input events.
   */
  public void type(By field, String text) {
    wait.until(browser -> {
      WebElement input = ExpectedConditions.elementToBeClickable(field).apply(browser);
      if (input == null) {
        return false;
      }
      if (!text.equals(input.getDomProperty("value"))) {
        input.clear();
        input.sendKeys(text);
      }
      if (!text.equals(input.getDomProperty("value"))) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
      }
      return text.equals(browser.findElement(field).getDomProperty("value"));
    });
  }

  public void screenshot(String name) {
    try {
      Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(file, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the screenshot " + name, e);
    }
  }

  /** What the browser showed, and its page source, for a failure. */
  public void evidence(String name) {
    try {
      screenshot(name);
      Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      // what the page asked the server for, and how long each took (a request that never ended is missing)
      Files.writeString(screenshots.resolve(name + ".requests.txt"), String.valueOf(((JavascriptExecutor) driver)
          .executeScript("""
              return 'readyState: ' + document.readyState + '\\n' + performance.getEntriesByType('resource')
                .map(e => Math.round(e.startTime) + ' ms +' + Math.round(e.duration) + ' ms ' + e.name).join('\\n');""")),
          StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException ignored) {
      // the browser may be gone already: the failure itself is what matters
    }
  }

  private static boolean required() {
    return "true".equalsIgnoreCase(System.getenv("REQUIRE_BROWSER"));
  }

  private static String binary(String variable, String fallback) {
    String configured = System.getenv(variable);
    String path = configured != null && !configured.isBlank() ? configured : fallback;
    return Files.isExecutable(Path.of(path)) ? path : null;
  }

  private static String describe(String variable, String fallback) {
    String configured = System.getenv(variable);
    return configured != null && !configured.isBlank() ? variable + "=" + configured : fallback;
  }

  private static void delete(Path directory) throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
