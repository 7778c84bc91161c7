package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo executive votes in Tasklist, in a real (headless) chromium, on the demo data: logs in, opens the vote, is
 * refused without a choice, approves with a comment; the other partner's co-CEO approves too, and the application
 * is awarded by the job executor. Its own in-memory database, so the demo data is fresh and nothing is shared with
 * the {@link ProcessTest} classes.
 *
 * <p>Needs Debian's chromium and chromedriver (CHROMIUM_BINARY / CHROMEDRIVER_BINARY, else /usr/bin): without them it
 * is skipped, or fails when REQUIRE_BROWSER=true (CI). Screenshots of each step go to {build.dir}/screenshots.
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
  /** Tasklist's error notification (COMPLETE_ERROR: "작업 양식을 제출하는 중 오류가 발생했습니다" in Korean). */
  private static final String NOTIFICATION_ERROR = ".page-notifications .alert.alert-danger";

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  private WebDriver driver;
  private WebDriverWait wait;
  private String lastStep = "start";

  @Test
  void anExecutiveApprovesInTasklistAndTheApplicationIsAwarded() throws Exception {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%Bluewave%'")
        .query(String.class).single();
    assertThat(status(reference)).isEqualTo("IN_COUNCIL");
    driver = browser.driver();
    wait = browser.await();
    try {
      logIn(EXECUTIVE, "01-login-page");

      openMyVotes();
      List<WebElement> votes = driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a"));
      assertThat(votes).extracting(WebElement::getText).as("the votes waiting for %s", EXECUTIVE)
          .containsExactly("투표 / Vote: " + reference);
      screenshot("02-task-list");

      String taskId = openVote(reference);
      assertThat(taskService.createTaskQuery().taskId(taskId).taskAssignee(EXECUTIVE).count()).isOne();
      // the subject is shown, read-only
      WebElement subjectRef = field("Field_subjectRef");
      assertThat(subjectRef.getDomProperty("value")).isEqualTo(reference);
      assertThat(subjectRef.getDomProperty("readOnly")).isEqualTo("true");
      assertThat(field("Field_subjectTitle").getDomProperty("value")).contains("Bluewave");
      assertThat(field("Field_amountDisplay").getDomProperty("readOnly")).isEqualTo("true");
      screenshot("03-vote-form");

      // without a vote the form refuses: the task stays and nothing is recorded
      completeButton().click();
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".fjs-form-field-radio .fjs-form-field-error")));
      assertThat(error.getText()).contains("required");
      WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(NOTIFICATION_ERROR)));
      assertThat(refusal.getText()).contains(WebappLocales.koreanLabel("tasklist", "COMPLETE_ERROR"));
      screenshot("04-refused-without-a-vote");
      // dismissed as a person would: it covers the bottom right corner, where the Complete button is
      List<WebElement> close = refusal.findElements(By.cssSelector("button.close[ng-click^=\"removeNotification\"]"));
      if (!close.isEmpty() && close.get(0).isDisplayed()) {
        close.get(0).click();
      }
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(NOTIFICATION_ERROR)));
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
      assertThat(voteCasts(reference, EXECUTIVE)).as("no vote recorded").isEmpty();

      // now as a person would: approve, with a comment
      String comment = "브라우저에서 찬성합니다 / Approved in the browser " + Instant.now();
      inView(radio(APPROVE)).click();
      wait.until(ExpectedConditions.elementSelectionStateToBe(radioInput(APPROVE), true));
      WebElement commentField = field("Field_voteComment");
      type(commentField, comment);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(
          By.cssSelector(".fjs-form-field-radio .fjs-form-field-error")));
      screenshot("05-filled-form");
      completeButton().click();

      // Tasklist empties the form and the list once the engine took the vote
      wait.until(page -> taskService.createTaskQuery().taskId(taskId).count() == 0);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(taskLink(reference))));
      screenshot("06-after-completion");

      List<JsonNode> recorded = voteCasts(reference, EXECUTIVE);
      assertThat(recorded).as("the vote of %s as recorded", EXECUTIVE).hasSize(1);
      assertThat(recorded.get(0).path("vote").asText()).isEqualTo("APPROVE");
      assertThat(recorded.get(0).path("comment").asText()).isEqualTo(comment);
      assertThat(recorded.get(0).path("partnerCode").asText()).isEqualTo("KAKAO");

      // the other partner's co-CEO approves as well, in a new session of the same browser
      driver.manage().deleteAllCookies();
      logIn(OTHER_PARTNER_CEO, "07-login-other-partner");
      openMyVotes();
      openVote(reference);
      assertThat(field("Field_subjectRef").getDomProperty("value")).isEqualTo(reference);
      inView(radio(APPROVE)).click();
      wait.until(ExpectedConditions.elementSelectionStateToBe(radioInput(APPROVE), true));
      screenshot("08-other-partner-filled-form");
      completeButton().click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(taskLink(reference))));
      screenshot("09-other-partner-after-completion");

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
      browser.evidence("failure-at-" + lastStep);
      throw failure;
    }
  }

  private void logIn(String user, String step) {
    String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
    driver.get(tasklist);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model=\"username\"]")));
    screenshot(step);
    browser.logIn(tasklist, user, PASSWORD);
    // logged in: the user menu shows, and the filters are listed
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
    lastStep = "logged-in-" + user;
  }

  /** Focuses the filter "내 투표 / My votes" (the first one for executives) unless it already is. */
  private void openMyVotes() {
    By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[contains(normalize-space(.),'"
        + MY_VOTES + "')]]");
    WebElement myVotes = wait.until(ExpectedConditions.visibilityOfElementLocated(filter));
    if (!myVotes.getDomAttribute("class").contains("active")) {
      myVotes.findElement(By.cssSelector("h4.name a")).click();
    }
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
    lastStep = "my-votes";
  }

  /** Opens the vote on the reference from the list; answers the task id Tasklist shows it under. */
  private String openVote(String reference) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(taskLink(reference)))).click();
    wait.until(ExpectedConditions.urlContains("task="));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    completeButton();
    lastStep = "vote-" + reference;
    String url = driver.getCurrentUrl();
    String taskId = url.substring(url.indexOf("task=") + "task=".length()).split("[&#]")[0];
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getName()).isEqualTo("투표 / Vote: " + reference);
    return taskId;
  }

  /** Types as a person does (key by key) and checks the field took it. */
  private void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
    new WebDriverWait(driver, Chromium.WAIT).withMessage("the field did not take the typed text '" + text + "'")
        .until(page -> text.equals(input.getDomProperty("value")));
  }

  private static String taskLink(String reference) {
    return "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='투표 / Vote: " + reference
        + "']";
  }

  /**
   * Tasklist's own "Complete" button under the form (Angular: ng-click="complete()"), once it is enabled, scrolled
   * to the middle of the form pane (the page footer is fixed and would take a click at the bottom edge).
   */
  private WebElement completeButton() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary[ng-click=\"complete()\"]")));
    return inView(button);
  }

  private WebElement inView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  /** A field of the Camunda Form, by its id in bpmn/forms (form-js renders it as id "fjs-form-{form}-{field id}"). */
  private WebElement field(String fieldId) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form [id$=\"-" + fieldId + "\"]")));
  }

  /** A radio option's label, found by the text a person reads. */
  private WebElement radio(String label) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'" + label + "')]")));
  }

  private By radioInput(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'" + label
        + "')]//input[@type='radio']");
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

  /** The step reached, named in the failure's evidence, and its screenshot. */
  private void screenshot(String step) {
    lastStep = step;
    browser.screenshot(step);
  }
}
