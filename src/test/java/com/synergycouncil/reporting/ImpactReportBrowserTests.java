package com.synergycouncil.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.synergycouncil.BrowserTest;
import com.synergycouncil.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class ImpactReportBrowserTests {

  private static final String USER = "compliance";
  private static final String PASSWORD = "demo";
  private static final Duration REPORT_WAIT = Duration.ofSeconds(120);

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /** Where the downloaded PDF is kept, beside the screenshots. */
  private final Path screenshots = Path.of(System.getProperty("build.dir", "target"), "screenshots");
  private WebDriver driver;
  private WebDriverWait wait;

  @Test
  void aComplianceOfficerDownloadsTheQuarterlyReportAsPdf() throws Exception {
    Quarter current = Quarter.containing(ClockUtil.now().toInstant());
    driver = browser.driver();
    wait = browser.await();
    try {
      browser.logIn(url("/camunda/app/welcome/default/#!/login"), USER, PASSWORD);
      driver.get(url("/compliance/reports"));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#generate-report")));
      browser.screenshot("report-01-compliance-page");
      if (driver.findElements(pdfLink(current)).isEmpty()) {
        js("arguments[0].value = arguments[1]", driver.findElement(By.name("year")), String.valueOf(current.year()));
        js("arguments[0].value = arguments[1]", driver.findElement(By.name("quarter")),
            String.valueOf(current.quarter()));
        click(driver.findElement(By.cssSelector("#generate-report")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#generation-requested")));
        browser.screenshot("report-02-generation-requested");
        awaitReport(current);
      }
      browser.screenshot("report-03-report-listed");

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
      browser.evidence("report-failure");
      throw failure;
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
    Instant deadline = Instant.now().plus(Chromium.WAIT);
    while (Instant.now().isBefore(deadline)) {
      try (Stream<Path> files = Files.list(browser.downloads())) {
        Optional<Path> done = files.filter(file -> file.getFileName().toString().endsWith(".pdf")).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(250);
    }
    try (Stream<Path> files = Files.list(browser.downloads())) {
      List<String> names = files.map(file -> file.getFileName().toString()).toList();
      throw new AssertionError("no PDF downloaded; the download directory holds " + names);
    }
  }

  /**
   * A click as the page receives it from a person, through the DOM: headless chromium under chromedriver here did not
   * always deliver pointer clicks to the page.
   */
  private void click(WebElement element) {
    js("arguments[0].click();", element);
  }

  private Object js(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  private static By pdfLink(Quarter quarter) {
    return By.cssSelector("tr[id^=\"report-%d-Q%d-v\"] a.download-pdf".formatted(quarter.year(), quarter.quarter()));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
