package com.synergycouncil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.BrowserTest;
import com.synergycouncil.Chromium;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class AuditTimelineBrowserTests {

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theComplianceOfficerReadsOneApplicationsStoryInOrder() {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%Soop Social%'")
        .query(String.class).single();
    WebDriver driver = browser.driver();
    WebDriverWait wait = browser.await();
    try {
      browser.logIn("http://localhost:" + port + "/camunda/app/welcome/default/#!/login", "compliance", "demo");
      // logged in once the webapps' session is authenticated: the product's pages then open without a login
      String timeline = "http://localhost:" + port + "/compliance/audit/requests/" + reference;
      wait.until(page -> {
        page.get(timeline);
        return page.getCurrentUrl().equals(timeline);
      });
      WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
      assertThat(heading.getText()).contains(reference);
      List<WebElement> rows = driver.findElements(By.cssSelector("table.timeline tr.act"));
      List<String> kinds = rows.stream().map(row -> row.findElement(By.cssSelector("td.kind")).getText()).toList();
      List<String> names = rows.stream().map(row -> row.findElement(By.cssSelector("td.name")).getText()).toList();
      browser.screenshot("audit-timeline");

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
      browser.evidence("audit-timeline-failure");
      throw failure;
    }
  }
}
