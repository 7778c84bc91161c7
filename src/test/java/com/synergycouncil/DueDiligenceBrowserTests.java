package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fund manager performs the due diligence of the demo application Coding for All in Tasklist: claims it; an empty
 * form is refused (Tasklist's error, every required field marked); scores outside 1-5 and a one-line summary are
 * refused too (the errors under the fields, Complete disabled); the task stays and nothing is recorded. Then a valid
 * review completes it and the application moves on to the council, as the API shows. Only Coding for All is
 * touched, which no other browser test uses.
 *
 * <p>{@link BrowserTest} context. Needs Debian's chromium and chromedriver: skipped without them, failed when
 * REQUIRE_BROWSER=true. Screenshots: {build.dir}/screenshots/due-diligence-*.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class DueDiligenceBrowserTests {

  private static final String FUND_MANAGER = "fund-manager";
  private static final String FUND_WORK = "기금 업무 / Fund work";
  private static final String SUMMARY = "교육 효과 측정 계획이 구체적이고 운영 인력이 충분합니다. / A concrete plan to measure learning and enough staff.";

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void aFundManagerIsRefusedAnEmptyAndAnInvalidReviewThenCompletesOneAndTheApplicationGoesToTheCouncil() {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%Coding for All%'")
        .query(String.class).single();
    assertThat(application(reference).path("status").asText()).isEqualTo("IN_DUE_DILIGENCE");
    TasklistPage tasklist = new TasklistPage(browser, port, "due-diligence");
    try {
      tasklist.logIn(FUND_MANAGER, "01-login");
      tasklist.openFilter(FUND_WORK);
      String taskName = "실사 / Due diligence: " + reference;
      String taskId = tasklist.openTask(taskName);
      assertThat(tasklist.field("Field_applicationRef").getDomProperty("value")).isEqualTo(reference);
      assertThat(tasklist.field("Field_applicationTitle").getDomProperty("value")).contains("Coding for All");
      tasklist.screenshot("02-form");
      tasklist.claim();
      assertThat(taskService.createTaskQuery().taskId(taskId).taskAssignee(FUND_MANAGER).count()).isOne();

      // an empty form is refused: every required field says so, the task stays, nothing is recorded
      tasklist.completeButton().click();
      tasklist.await().until(page -> tasklist.fieldErrors().size() >= 7);
      assertThat(tasklist.refusal("03-refused-empty")).isNotBlank();
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
      assertThat(application(reference).path("dueDiligence").isMissingNode()).isTrue();

      // scores outside 1-5 and a summary shorter than 20 characters are refused too
      tasklist.type(tasklist.field("Field_impactScore"), "7");
      tasklist.type(tasklist.field("Field_feasibilityScore"), "0");
      tasklist.type(tasklist.field("Field_teamScore"), "5");
      tasklist.type(tasklist.field("Field_financialScore"), "3");
      tasklist.inView(tasklist.field("Field_conflictFree")).click();
      tasklist.choose("승인 권고 / Recommend approval");
      tasklist.type(tasklist.field("Field_dueDiligenceSummary"), "좋음 / good");
      // form-js checks each field as it changes; Tasklist keeps Complete disabled while any is wrong
      List<String> expected = List.of("Field must have maximum value of 5.", "Field must have minimum value of 1.",
          "Field must have minimum length of 20.");
      // a text area's keys now and then do not reach form-js in headless chromium (it still says "required"):
      // typed again, as a person would who saw the message
      tasklist.await().withMessage("errors " + expected).until(page -> {
        List<String> errors = tasklist.fieldErrors();
        if (errors.contains("Field is required.")) {
          tasklist.type(tasklist.field("Field_dueDiligenceSummary"), "좋음 / good!");
          tasklist.type(tasklist.field("Field_dueDiligenceSummary"), "좋음 / good");
        }
        return errors.equals(expected);
      });
      WebElement complete = tasklist.driver().findElement(
          By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary[ng-click=\"complete()\"]"));
      assertThat(complete.isEnabled()).as("Complete while the form is invalid").isFalse();
      tasklist.inView(tasklist.field("Field_impactScore"));
      tasklist.screenshot("04-refused-invalid");
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
      assertThat(application(reference).path("status").asText()).isEqualTo("IN_DUE_DILIGENCE");

      // a valid review
      tasklist.type(tasklist.field("Field_impactScore"), "4");
      tasklist.type(tasklist.field("Field_feasibilityScore"), "4");
      tasklist.type(tasklist.field("Field_dueDiligenceSummary"), SUMMARY);
      tasklist.await().until(page -> {
        List<String> errors = tasklist.fieldErrors();
        if (errors.contains("Field must have minimum length of 20.")) {
          tasklist.type(tasklist.field("Field_dueDiligenceSummary"), SUMMARY + " ");
          tasklist.type(tasklist.field("Field_dueDiligenceSummary"), SUMMARY);
        }
        return errors.isEmpty();
      });
      tasklist.screenshot("05-valid-form");
      tasklist.completeButton().click();
      tasklist.await().until(page -> taskService.createTaskQuery().taskId(taskId).count() == 0);
      tasklist.await().until(page -> page.findElements(By.xpath(TasklistPage.taskLink(taskName))).isEmpty());
      tasklist.screenshot("06-completed");

      JsonNode application = application(reference);
      assertThat(application.path("status").asText()).isEqualTo("IN_COUNCIL");
      JsonNode review = application.path("dueDiligence");
      assertThat(review.path("reviewer").asText()).isEqualTo(FUND_MANAGER);
      assertThat(review.path("recommendation").asText()).isEqualTo("APPROVE");
      assertThat(review.path("impactScore").asInt()).isEqualTo(4);
      assertThat(review.path("financialScore").asInt()).isEqualTo(3);
      assertThat(review.path("summary").asText()).isEqualTo(SUMMARY);
    } catch (RuntimeException | AssertionError failure) {
      tasklist.evidence();
      throw failure;
    }
  }

  private JsonNode application(String reference) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(FUND_MANAGER, "demo")
        .getForEntity("/api/funding/applications/{reference}", JsonNode.class, reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
