package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An SK Telecom executive votes in a Korean browser (chromium runs with {@code --lang=ko-KR}) on the demo data,
 * deciding from the form alone: GreenLoop's application, its due diligence and eligibility screening, Kakao's
 * earlier vote with its comment, and a link to the application that opens with the same login. Then approves, and
 * the application is awarded. Only GreenLoop is touched, which no other browser test uses. And an application of its
 * own whose name and description are Markdown and HTML shows in the form as the text it is.
 *
 * <p>{@link BrowserTest} context (demo profile, job executor on, its own in-memory database). Needs Debian's chromium
 * and chromedriver: skipped without them, failed when REQUIRE_BROWSER=true. Screenshots:
 * {build.dir}/screenshots/vote-ko-* and vote-hostile-*.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class ExecutiveVoteBrowserTests {

  private static final String EXECUTIVE = "skt-cto";
  private static final String MY_VOTES = "내 투표 / My votes";
  private static final String HOSTILE = "[click](javascript:alert(1)) <img src=x onerror=alert(1)>";

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TestRestTemplate rest;

  @Test
  void anExecutiveDecidesFromTheBriefingInKoreanFollowsTheApplicationLinkAndApproves() throws Exception {
    String reference = jdbc.sql("select reference from funding_application where company_name like '%GreenLoop%'")
        .query(String.class).single();
    assertThat(application(reference).path("status").asText()).isEqualTo("IN_COUNCIL");
    TasklistPage tasklist = new TasklistPage(browser, port, "vote-ko");
    WebDriver driver = tasklist.driver();
    try {
      tasklist.logIn(EXECUTIVE, "01-login");
      assertThat((String) ((JavascriptExecutor) driver).executeScript("return navigator.language"))
          .as("the browser's language").startsWith("ko");
      tasklist.openFilter(MY_VOTES);
      String taskId = tasklist.openTask("투표 / Vote: " + reference);
      assertThat(taskService.createTaskQuery().taskId(taskId).taskAssignee(EXECUTIVE).count()).isOne();

      // everything needed to decide, read-only, in the form
      assertThat(readOnly(tasklist, "Field_briefingSummary")).contains("그린루프 리사이클링 / GreenLoop Recycling",
          "신청 금액 / Requested: 250,000,000원", "선별 라인 1기 가동 / First sorting line running",
          "PLASTIC_RECYCLED_TONNES: 2400 t");
      assertThat(readOnly(tasklist, "Field_briefingReview")).contains("권고 / Recommendation: 승인 / APPROVE",
          "합계 / total 16 / 20", "Sound finances and a concrete impact plan.",
          "실사자 / Reviewer: 윤가람 Yoon Garam (fund-manager2)", "결과 / Outcome: 적격 / eligible");
      String votes = readOnly(tasklist, "Field_votesSoFar");
      assertThat(votes).contains("SK텔레콤 / SK Telecom:\n  - 아직 투표하지 않음 / not voted yet",
          "최민재 Choi Minjae (kakao-cto) · 찬성 / Approve",
          "의견 / Comment: 재활용 실적을 월별로 검증할 수 있습니다 / The recycling figures can be verified month by month");
      assertThat(driver.findElement(By.cssSelector(".fjs-form")).getText())
          .contains("지금까지의 투표 (모든 파트너) / Votes so far", "실사·검토 결과 / Due diligence or review outcome",
              "관련 문서 / Documents");
      tasklist.inView(tasklist.field("Field_votesSoFar"));
      tasklist.screenshot("02-briefing");

      // the document link opens with the same login
      WebElement link = tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".fjs-form a[href$=\"/funding/applications/" + reference + "\"]")));
      assertThat(link.getText()).isEqualTo("지원 신청서 / Funding application");
      assertThat(driver.findElements(By.cssSelector(".fjs-form a[href^=\"javascript\"]"))).isEmpty();
      tasklist.screenshot("03-document-link");
      String formWindow = driver.getWindowHandle();
      Set<String> windows = driver.getWindowHandles();
      tasklist.inView(link).click();
      tasklist.await().until(page -> page.getWindowHandles().size() > windows.size()
          || page.getCurrentUrl().contains("/funding/applications/" + reference));
      boolean newTab = driver.getWindowHandles().size() > windows.size();
      if (newTab) {
        driver.switchTo().window(driver.getWindowHandles().stream().filter(handle -> !windows.contains(handle))
            .findFirst().orElseThrow());
      }
      tasklist.await().until(ExpectedConditions.textToBe(By.id("reference"), reference));
      assertThat(driver.findElement(By.id("company")).getText()).isEqualTo("그린루프 리사이클링 / GreenLoop Recycling");
      assertThat(driver.findElement(By.id("due-diligence")).getText()).contains("Sound finances and a concrete impact plan.");
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("kakao-cto", "The recycling figures can be verified");
      tasklist.screenshot("04-application-page");
      if (newTab) {
        driver.close();
        driver.switchTo().window(formWindow);
      } else {
        driver.navigate().back();
      }
      tasklist.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
      assertThat(tasklist.currentTaskId()).isEqualTo(taskId);

      // the vote
      String comment = "실사 결과와 카카오 의견에 동의합니다 / Agree with the due diligence and Kakao " + Instant.now();
      tasklist.choose("찬성 / Approve");
      tasklist.type(tasklist.field("Field_voteComment"), comment);
      tasklist.screenshot("05-filled-vote");
      tasklist.completeButton().click();
      tasklist.await().until(page -> taskService.createTaskQuery().taskId(taskId).count() == 0);
      tasklist.await().until(ExpectedConditions.invisibilityOfElementLocated(
          By.xpath(TasklistPage.taskLink("투표 / Vote: " + reference))));
      tasklist.screenshot("06-voted");

      Instant deadline = Instant.now().plus(Chromium.WAIT);
      String status = application(reference).path("status").asText();
      while (!"AWARDED".equals(status) && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
        status = application(reference).path("status").asText();
      }
      assertThat(status).as("status of %s after both partners approved", reference).isEqualTo("AWARDED");
      JsonNode votesCast = application(reference).path("resolutions").path(0).path("events");
      assertThat(votesCast.findValuesAsText("comment")).contains(comment);
      // what the form showed was never written back
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(VoteForm.VOTES_SO_FAR).count()).isZero();
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(VoteForm.REVIEW).count()).isZero();
    } catch (Throwable failure) {
      tasklist.evidence();
      throw failure;
    }
  }

  /**
   * An application whose name and description are Markdown and HTML: the vote form shows them as the characters they
   * are, in read-only fields; no link, image or script comes out of them, and the page of the application escapes them.
   */
  @Test
  void aHostileApplicationShowsAsTextInTheVoteForm() {
    String reference = inCouncil(Map.of("companyName", HOSTILE, "businessRegistrationNumber", "617-81-03459",
        "esgCategory", "DIGITAL_INCLUSION", "description", HOSTILE, "requestedAmountWon", 90_000_000L,
        "employeeCount", 9, "contact", Map.of("name", "문해커", "email", "hacker@example.com"),
        "tranches", List.of(Map.of("amountWon", 90_000_000L, "milestone", HOSTILE)),
        "impactGoals", List.of(Map.of("metric", "JOBS_CREATED", "target", 3))));
    TasklistPage tasklist = new TasklistPage(browser, port, "vote-hostile");
    WebDriver driver = tasklist.driver();
    try {
      tasklist.logIn(EXECUTIVE, "01-login");
      tasklist.openFilter(MY_VOTES);
      tasklist.openTask("투표 / Vote: " + reference);
      assertThat(tasklist.field("Field_subjectTitle").getDomProperty("value")).startsWith(HOSTILE);
      assertThat(readOnly(tasklist, "Field_briefingSummary")).contains("신청 기업 / Applicant: " + HOSTILE,
          "사업 내용 / Description: " + HOSTILE, "1. " + "90,000,000원");
      WebElement form = driver.findElement(By.cssSelector(".fjs-form"));
      assertThat(form.findElements(By.tagName("img"))).as("images in the form").isEmpty();
      // the only link in the form's content is the product's own (form-js adds its "powered by" badge)
      List<WebElement> links = form.findElements(By.cssSelector("a:not(.fjs-powered-by-link)"));
      assertThat(links).extracting(WebElement::getText).containsExactly("지원 신청서 / Funding application");
      assertThat(links).extracting(link -> link.getDomAttribute("href"))
          .containsExactly("/funding/applications/" + reference);
      tasklist.inView(tasklist.field("Field_briefingSummary"));
      tasklist.screenshot("02-shown-as-text");

      driver.get("http://localhost:" + port + "/funding/applications/" + reference);
      tasklist.await().until(ExpectedConditions.textToBe(By.id("company"), HOSTILE));
      assertThat(driver.findElement(By.id("description")).getText()).isEqualTo(HOSTILE);
      assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
      tasklist.screenshot("03-application-page");
    } catch (Throwable failure) {
      tasklist.evidence();
      throw failure;
    }
  }

  /** Submitted through the API by a fund manager, reviewed by the other through /engine-rest: waits for votes. */
  private String inCouncil(Map<String, Object> application) {
    ResponseEntity<JsonNode> submitted = rest.withBasicAuth("fund-manager", "demo")
        .postForEntity("/api/funding/applications", application, JsonNode.class);
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = submitted.getBody().path("reference").asText();
    String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    TestRestTemplate reviewer = rest.withBasicAuth("fund-manager2", "demo");
    assertThat(reviewer.postForEntity("/engine-rest/task/{id}/claim", Map.of("userId", "fund-manager2"), String.class,
        task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> review = new java.util.LinkedHashMap<>();
    Map.of("impactScore", 3, "feasibilityScore", 3, "teamScore", 3, "financialScore", 3)
        .forEach((name, score) -> review.put(name, Map.of("value", score, "type", "Integer")));
    review.put("conflictFree", Map.of("value", true, "type", "Boolean"));
    review.put("recommendation", Map.of("value", "APPROVE", "type", "String"));
    review.put("dueDiligenceSummary", Map.of("value", "검토를 마쳤습니다 / The review is complete.", "type", "String"));
    assertThat(reviewer.postForEntity("/engine-rest/task/{id}/complete", Map.of("variables", review), String.class,
        task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(application(reference).path("status").asText()).isEqualTo("IN_COUNCIL");
    return reference;
  }

  private static String readOnly(TasklistPage tasklist, String fieldId) {
    WebElement field = tasklist.field(fieldId);
    assertThat(field.getDomProperty("readOnly")).as("%s read-only", fieldId).isEqualTo("true");
    return field.getDomProperty("value");
  }

  private JsonNode application(String reference) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth("fund-manager", "demo")
        .getForEntity("/api/funding/applications/{reference}", JsonNode.class, reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
