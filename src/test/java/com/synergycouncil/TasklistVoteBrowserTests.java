package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.funding.Won;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo executive votes in Tasklist, in a real (headless) chromium, on the demo data: logs in, finds the vote in the
 * list with its subject and amount (the filter's list columns), opens it, is refused without a choice, approves with
 * a comment; the other partner's co-CEO approves too, and the application is awarded by the job executor. Its own
 * in-memory database, so the demo data is fresh and nothing is shared with the {@link ProcessTest} classes.
 *
 * <p>Needs Debian's chromium and chromedriver (CHROMIUM_BINARY / CHROMEDRIVER_BINARY, else /usr/bin): without them it
 * is skipped, or fails when REQUIRE_BROWSER=true (CI). Screenshots of each step: {build.dir}/screenshots/vote-*.
 * {@link BrowserTest}: the demo profile on a random port, job executor on, in-memory database council-browser.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class TasklistVoteBrowserTests {

  private static final String PASSWORD = "demo";
  private static final String EXECUTIVE = "kakao-ceo2";
  private static final String OTHER_PARTNER_CEO = "skt-ceo";
  private static final String FUND_MANAGER = "fund-manager";
  private static final String MY_VOTES = "내 투표 / My votes";
  private static final String APPROVE = "찬성 / Approve";
  /** The radio group's own error under the field ("Field is required."). */
  private static final By RADIO_ERROR = By.cssSelector(".fjs-form-field-radio .fjs-form-field-error");

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void anExecutiveApprovesInTasklistAndTheApplicationIsAwarded() throws Exception {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%Bluewave%'")
        .query(String.class).single();
    JsonNode application = application(reference);
    assertThat(application.path("status").asText()).isEqualTo("IN_COUNCIL");
    String vote = "투표 / Vote: " + reference;
    TasklistPage tasklist = new TasklistPage(browser, port, "vote");
    try {
      tasklist.logIn(EXECUTIVE, "01-login-page");

      tasklist.openFilter(MY_VOTES);
      List<WebElement> votes = tasklist.driver().findElements(By.cssSelector("ol.tasks-list li.task h4.task a"));
      assertThat(votes).extracting(WebElement::getText).as("the votes waiting for %s", EXECUTIVE)
          .containsExactly(vote);
      // the list card shows the filter's columns: what the vote is on, and the amount, before the vote is opened
      assertThat(listColumns(tasklist, vote)).as("the list columns of %s", vote).contains(
          entry("안건 / Subject", reference),
          entry("금액 / Amount", Won.format(application.path("requestedAmountWon").asLong())));
      tasklist.screenshot("02-task-list");

      String taskId = tasklist.openTask(vote);
      tasklist.completeButton();
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getName()).isEqualTo(vote);
      assertThat(taskService.createTaskQuery().taskId(taskId).taskAssignee(EXECUTIVE).count()).isOne();
      // the subject is shown, read-only
      WebElement subjectRef = tasklist.field("Field_subjectRef");
      assertThat(subjectRef.getDomProperty("value")).isEqualTo(reference);
      assertThat(subjectRef.getDomProperty("readOnly")).isEqualTo("true");
      assertThat(tasklist.field("Field_subjectTitle").getDomProperty("value")).contains("Bluewave");
      assertThat(tasklist.field("Field_amountDisplay").getDomProperty("readOnly")).isEqualTo("true");
      tasklist.screenshot("03-vote-form");

      // without a vote the form refuses: the task stays and nothing is recorded
      tasklist.completeButton().click();
      WebElement error = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(RADIO_ERROR));
      assertThat(error.getText()).contains("required");
      // Tasklist's COMPLETE_ERROR ("작업 양식을 제출하는 중 오류가 발생했습니다"), dismissed as a person would
      assertThat(tasklist.refusal("04-refused-without-a-vote"))
          .contains(WebappLocales.koreanLabel("tasklist", "COMPLETE_ERROR"));
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
      assertThat(voteCasts(reference, EXECUTIVE)).as("no vote recorded").isEmpty();

      // now as a person would: approve, with a comment
      String comment = "브라우저에서 찬성합니다 / Approved in the browser " + Instant.now();
      tasklist.choose(APPROVE);
      tasklist.type(tasklist.field("Field_voteComment"), comment);
      tasklist.await().until(ExpectedConditions.invisibilityOfElementLocated(RADIO_ERROR));
      tasklist.screenshot("05-filled-form");
      tasklist.completeButton().click();

      // Tasklist empties the form and the list once the engine took the vote
      tasklist.await().until(page -> taskService.createTaskQuery().taskId(taskId).count() == 0);
      tasklist.await().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(TasklistPage.taskLink(vote))));
      tasklist.screenshot("06-after-completion");

      List<JsonNode> recorded = voteCasts(reference, EXECUTIVE);
      assertThat(recorded).as("the vote of %s as recorded", EXECUTIVE).hasSize(1);
      assertThat(recorded.get(0).path("vote").asText()).isEqualTo("APPROVE");
      assertThat(recorded.get(0).path("comment").asText()).isEqualTo(comment);
      assertThat(recorded.get(0).path("partnerCode").asText()).isEqualTo("KAKAO");

      // the other partner's co-CEO approves as well, in a new session of the same browser
      tasklist.driver().manage().deleteAllCookies();
      tasklist.logIn(OTHER_PARTNER_CEO, "07-login-other-partner");
      tasklist.openFilter(MY_VOTES);
      String otherTaskId = tasklist.openTask(vote);
      tasklist.completeButton();
      assertThat(taskService.createTaskQuery().taskId(otherTaskId).singleResult().getName()).isEqualTo(vote);
      assertThat(tasklist.field("Field_subjectRef").getDomProperty("value")).isEqualTo(reference);
      tasklist.choose(APPROVE);
      tasklist.screenshot("08-other-partner-filled-form");
      tasklist.completeButton().click();
      tasklist.await().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(TasklistPage.taskLink(vote))));
      tasklist.screenshot("09-other-partner-after-completion");

      // the tally and the budget reservation run on the job executor
      Instant deadline = Instant.now().plus(Chromium.WAIT);
      String status = status(reference);
      while (!"AWARDED".equals(status) && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
        status = status(reference);
      }
      assertThat(status).as("status of %s after both partners approved", reference).isEqualTo("AWARDED");
      assertThat(voteCasts(reference, OTHER_PARTNER_CEO)).extracting(event -> event.path("vote").asText())
          .containsExactly("APPROVE");
    } catch (Throwable failure) {
      tasklist.evidence();
      throw failure;
    }
  }

  /**
   * The filter's variables as the task's list card shows them, label to value. Tasklist 7.24 renders them in the
   * card's details ({@code li.task [cam-tasklist-variables] .variable-item}: a {@code .variable-label} "{label}:" and
   * a {@code .variable-value}), folded to their first line until the card is opened with its shutter, as a person does
   * to read them all. Tasklist reloads the list every 10 seconds (the filters refresh), which folds the cards again:
   * the card is found, opened and read anew until every column shows.
   */
  private static Map<String, String> listColumns(TasklistPage tasklist, String taskName) {
    By card = By.xpath(TasklistPage.taskLink(taskName) + "/ancestor::li[contains(@class,'task')]");
    Map<String, String> columns = new LinkedHashMap<>();
    new WebDriverWait(tasklist.driver(), Chromium.WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "the list columns of " + taskName + " (read so far: " + columns + ")")
        .until(page -> {
          columns.clear();
          WebElement details = page.findElement(card).findElement(By.cssSelector(".task-card-details"));
          String folded = details.getDomAttribute("class");
          if (!folded.contains("expanded") && !folded.contains("no-shutter")) {
            tasklist.inView(details.findElement(By.cssSelector(".shutter"))).click();
            return false;
          }
          // every column, once it shows (the card unfolds in an animation that clips the lower ones a moment longer)
          List<WebElement> items = details.findElements(By.cssSelector("[cam-tasklist-variables] .variable-item"));
          for (WebElement item : items) {
            String label = item.findElement(By.cssSelector(".variable-label")).getText().replaceFirst(":\\s*$", "");
            String value = item.findElement(By.cssSelector(".variable-value")).getText();
            if (label.isBlank() || value.isBlank()) {
              return false;
            }
            columns.put(label.strip(), value.strip());
          }
          return !items.isEmpty();
        });
    return columns;
  }

  private String status(String reference) {
    return application(reference).path("status").asText();
  }

  private JsonNode application(String reference) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(FUND_MANAGER, PASSWORD)
        .getForEntity("/api/funding/applications/{reference}", JsonNode.class, reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** VOTE_CAST events by the member, open or already in a resolution. */
  private List<JsonNode> voteCasts(String reference, String member) {
    JsonNode application = application(reference);
    List<JsonNode> events = new ArrayList<>();
    application.path("openCouncilEvents").forEach(events::add);
    application.path("resolutions").forEach(resolution -> resolution.path("events").forEach(events::add));
    return events.stream()
        .filter(event -> "VOTE_CAST".equals(event.path("type").asText()) && member.equals(event.path("memberId").asText()))
        .toList();
  }
}
