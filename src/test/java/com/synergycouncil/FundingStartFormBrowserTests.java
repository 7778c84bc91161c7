package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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
 * A demo fund manager submits a funding application in Tasklist, in a real (headless) chromium with a Korean
 * profile: "Start process" offers them the funding approval only; the start form refuses an empty submission;
 * the server refuses what the form cannot see (a registration number of the right shape with a wrong check digit)
 * and nothing is created; the corrected application is created, numbered and screened, as the API shows it (and
 * then withdrawn, so the demo data the other browser tests share is left as found).
 *
 * <p>Needs Debian's chromium and chromedriver (see {@link Chromium}); screenshots of each step go to
 * {build.dir}/screenshots, named start-form-*.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class FundingStartFormBrowserTests {

  private static final String PASSWORD = "demo";
  private static final String FUND_MANAGER = "fund-manager";
  private static final String FUNDING_APPROVAL = "ESG 기금 지원 승인 / Funding approval";
  private static final String START_BUTTON = ".modal-footer button.btn-primary[ng-click=\"startProcessInstance()\"]";
  /** Valid check digit (National Tax Service weights 1,3,7,1,3,7,1,3,5). */
  /** A company no demo application or other browser test uses: a demo company awarded meanwhile would be ineligible. */
  private static final String REGISTRATION_NUMBER = "312-86-12344";
  private static final String WRONG_CHECK_DIGIT = "312-86-12345";

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestRestTemplate rest;

  private WebDriver driver;
  private WebDriverWait wait;
  private String lastStep = "start";

  @Test
  void aFundManagerSubmitsAnApplicationThroughTheStartFormInTasklist() {
    String company = "브라우저 리사이클 / Browser Recycling " + System.nanoTime();
    driver = browser.driver();
    wait = browser.await();
    try {
      String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
      browser.logIn(tasklist, FUND_MANAGER, PASSWORD);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
      screenshot("start-form-01-tasklist");

      // "Start process" offers what the fund manager may start, and nothing else
      wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
      List<WebElement> offered = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
          By.cssSelector(".modal-content ul.processes li a")));
      assertThat(offered).extracting(WebElement::getText).containsExactly(FUNDING_APPROVAL);
      screenshot("start-form-02-processes-offered");
      offered.get(0).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
      field("Field_companyName");
      screenshot("start-form-03-empty-form");

      // an empty form is refused by the form itself: required fields are marked, nothing reaches the server
      long applications = applications();
      startButton().click();
      wait.until(page -> page.findElements(By.cssSelector(".modal-content .fjs-form-field-error")).size() >= 5);
      assertThat(errorOf("Field_companyName")).isNotBlank();
      assertThat(errorOf("Field_tranches")).isNotBlank();
      assertThat(driver.findElements(By.cssSelector(".modal-content .fjs-form"))).as("the form stays open").isNotEmpty();
      screenshot("start-form-04-empty-refused-by-the-form");
      assertThat(applications()).isEqualTo(applications);

      // filled in as a person does; the registration number has the right shape and a wrong check digit
      type("Field_companyName", company);
      type("Field_businessRegistrationNumber", WRONG_CHECK_DIGIT);
      choose("Field_esgCategory", "순환 경제 / Circular economy");
      type("Field_employeeCount", "24");
      type("Field_description", "폐플라스틱을 건축 자재로 재활용합니다 / Recycles waste plastic into building material");
      type("Field_requestedAmountWon", "180000000");
      type("Field_tranches", "100000000 | 시제품 완성 / Prototype ready | 2027-03-31\n80000000 | 양산 시작 / Production starts");
      choose("Field_goal1Metric", "플라스틱 재활용 (톤) / Plastic recycled (tonnes)");
      type("Field_goal1Target", "250");
      type("Field_contactName", "한지민");
      type("Field_contactEmail", "jimin@browser-recycling.example");
      wait.until(page -> page.findElements(By.cssSelector(".modal-content .fjs-form-field-error")).isEmpty());
      assertThat(field("Field_description").getDomProperty("value")).as("the description, still there")
          .startsWith("폐플라스틱을");
      assertThat(field("Field_tranches").getDomProperty("value")).as("the tranches, still there").contains("양산 시작");
      screenshot("start-form-05-filled-with-a-wrong-check-digit");
      startButton().click();

      // the server checks it with the API's rules: refused, the form stays, nothing is created
      WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
          "//div[contains(@class,'modal-content')]//div[contains(@class,'alert-danger')]"
              + "[contains(normalize-space(.),'businessRegistrationNumber')]")));
      assertThat(refusal.getText()).contains("check digit");
      screenshot("start-form-06-refused-by-the-server");
      assertThat(applications()).isEqualTo(applications);
      assertThat(jdbc.sql("select count(*) from funding_application where company_name = ?").param(company)
          .query(Long.class).single()).isZero();

      // corrected: started, and the application exists as the API shows it
      type("Field_businessRegistrationNumber", REGISTRATION_NUMBER);
      screenshot("start-form-07-corrected");
      startButton().click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
      screenshot("start-form-08-started");
      wait.until(page -> applications() == applications + 1);
      String reference = jdbc.sql("select reference from funding_application where company_name = ?").param(company)
          .query(String.class).single();
      JsonNode application = application(reference);
      assertThat(reference).matches("FA-\\d{4}-\\d{4}");
      assertThat(application.path("submittedBy").asText()).isEqualTo(FUND_MANAGER);
      assertThat(application.path("businessRegistrationNumber").asText()).isEqualTo(REGISTRATION_NUMBER);
      assertThat(application.path("requestedAmountWon").asLong()).isEqualTo(180_000_000L);
      assertThat(application.path("tranches")).hasSize(2);
      assertThat(application.path("tranches").get(1).path("milestone").asText()).isEqualTo("양산 시작 / Production starts");
      assertThat(application.path("impactGoals").get(0).path("metric").asText()).isEqualTo("PLASTIC_RECYCLED_TONNES");
      assertThat(application.path("status").asText()).as("screened and waiting for due diligence")
          .isEqualTo("IN_DUE_DILIGENCE");

      // the demo is left as found for the other browser tests, which share its database: the application is withdrawn
      ResponseEntity<JsonNode> withdrawn = rest.withBasicAuth(FUND_MANAGER, PASSWORD).postForEntity(
          "/api/funding/applications/{reference}/withdrawal",
          Map.of("reason", "브라우저 테스트 종료 / Browser test over"), JsonNode.class, reference);
      assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      assertThat(application(reference).path("status").asText()).isEqualTo("WITHDRAWN");
    } catch (Throwable failure) {
      browser.evidence("start-form-failure-at-" + lastStep);
      throw failure;
    }
  }

  private long applications() {
    return jdbc.sql("select count(*) from funding_application").query(Long.class).single();
  }

  private JsonNode application(String reference) {
    ResponseEntity<JsonNode> response = rest.withBasicAuth(FUND_MANAGER, PASSWORD)
        .getForEntity("/api/funding/applications/{reference}", JsonNode.class, reference);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private WebElement startButton() {
    WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(START_BUTTON)));
    return inView(button);
  }

  /** A field of the start form, by its id in bpmn/forms (form-js renders it as id "fjs-form-{form}-{field id}"). */
  private WebElement field(String fieldId) {
    return inView(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-content .fjs-form [id$=\"-" + fieldId + "\"]"))));
  }

  /** The error form-js shows under a field. */
  private String errorOf(String fieldId) {
    WebElement input = driver.findElement(By.cssSelector(".modal-content .fjs-form [id$=\"-" + fieldId + "\"]"));
    WebElement container = input.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
    return container.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
        .findFirst().orElse("");
  }

  /**
   * Types as a person does (key by key), then leaves the field, until the form holds the value: form-js hands typing
   * to the form 300 ms later (at once when the field is left), a render of the form in between puts back what the
   * form holds, and keys typed in headless chromium do not always land. So each round checks what the previous one
   * typed (the value stayed, the "required" error of the empty submission is gone) and otherwise types it again.
   */
  private void type(String fieldId, String text) {
    By locator = By.cssSelector(".modal-content .fjs-form [id$=\"-" + fieldId + "\"]");
    boolean[] typedOnce = {false};
    new WebDriverWait(driver, Chromium.WAIT).withMessage(() -> "the form did not take '" + text + "' in " + fieldId
            + ": it shows [" + driver.findElement(locator).getDomProperty("value") + "], error [" + errorOf(fieldId) + "]")
        .until(page -> {
          WebElement input = inView(page.findElement(locator));
          if (typedOnce[0] && text.equals(input.getDomProperty("value")) && errorOf(fieldId).isEmpty()) {
            return true;
          }
          typedOnce[0] = true;
          if (!input.getDomProperty("value").isEmpty()) {
            input.clear();
          }
          input.sendKeys(text);
          ((JavascriptExecutor) page).executeScript("arguments[0].blur()", input);
          return false;
        });
    lastStep = "typed-" + fieldId;
  }

  /** Opens a form-js select and picks the option a person reads. */
  private void choose(String fieldId, String label) {
    WebElement display = inView(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".modal-content .fjs-form [id$=\"-" + fieldId + "-display\"]"))));
    display.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']"))).click();
    wait.until(ExpectedConditions.textToBe(
        By.cssSelector(".modal-content .fjs-form [id$=\"-" + fieldId + "-display\"]"), label));
    lastStep = "chose-" + fieldId;
  }

  private WebElement inView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  private void screenshot(String step) {
    lastStep = step;
    browser.screenshot(step);
  }
}
