package com.synergycouncil;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist as a person uses it, with what made the browser tests reliable ({@link TasklistVoteBrowserTests}): a
 * login that is tried again when a click lands before Angular bound the form, a filter focused before its list is
 * read, the Camunda Form waited for, Tasklist's own Complete button scrolled clear of the fixed footer, an error
 * notification dismissed as a person would. Each step's screenshot is named after the test ({@code prefix}), so two
 * tests never overwrite each other's, and the last step reached names the failure's evidence.
 */
public class TasklistPage {

  /** Tasklist's error notification ("An error happened while submitting the task form"). */
  public static final String NOTIFICATION_ERROR = ".page-notifications .alert.alert-danger";
  private static final String PASSWORD = "demo";
  private static final java.time.Duration SHORT = java.time.Duration.ofSeconds(5);

  private final Chromium browser;
  private final String tasklist;
  private final String prefix;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private String lastStep = "start";

  public TasklistPage(Chromium browser, int port, String prefix) {
    this.browser = browser;
    this.tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
    this.prefix = prefix;
    this.driver = browser.driver();
    this.wait = browser.await();
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait await() {
    return wait;
  }

  /** Logs a demo user in to Tasklist (password {@code demo}); the filters show once the session holds. */
  public void logIn(String user, String step) {
    driver.get(tasklist);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model=\"username\"]")));
    screenshot(step);
    browser.logIn(tasklist, user, PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
    lastStep = "logged-in-" + user;
  }

  /** Focuses the filter of that name unless it already is, and waits for its first task. */
  public void openFilter(String name) {
    By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a[contains(normalize-space(.),'"
        + name + "')]]");
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(filter));
    if (!element.getDomAttribute("class").contains("active")) {
      element.findElement(By.cssSelector("h4.name a")).click();
    }
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ol.tasks-list li.task")));
    lastStep = "filter";
  }

  /** Opens the task of that name from the list once its Camunda Form shows; answers its id. */
  public String openTask(String taskName) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(taskLink(taskName)))).click();
    wait.until(ExpectedConditions.urlContains("task="));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
    lastStep = "task";
    return currentTaskId();
  }

  public String currentTaskId() {
    String url = driver.getCurrentUrl();
    return url.substring(url.indexOf("task=") + "task=".length()).split("[&#]")[0];
  }

  /** The task's link in the list, by the name Tasklist shows. */
  public static String taskLink(String taskName) {
    return "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[normalize-space(.)='" + taskName + "']";
  }

  /** Claims an unassigned task (group tasks: only the assignee may complete them). */
  public void claim() {
    inView(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim[ng-click=\"claim()\"]"))))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim[ng-click=\"claim()\"]")));
  }

  /** Tasklist's own "Complete" button under the form, once enabled, scrolled to the middle of the form pane. */
  public WebElement completeButton() {
    return inView(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[cam-tasklist-form] .form-actions button.btn-primary[ng-click=\"complete()\"]"))));
  }

  /** Waits for Tasklist's refusal, screenshots it, dismisses it (it covers the Complete button); answers its text. */
  public String refusal(String step) {
    WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(NOTIFICATION_ERROR)));
    screenshot(step);
    String text = refusal.getText();
    List<WebElement> close = refusal.findElements(By.cssSelector("button.close[ng-click^=\"removeNotification\"]"));
    if (!close.isEmpty() && close.get(0).isDisplayed()) {
      close.get(0).click();
    }
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(NOTIFICATION_ERROR)));
    return text;
  }

  public WebElement inView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  /** A field of the Camunda Form, by its id in bpmn/forms (form-js renders it as id "fjs-form-{form}-{field id}"). */
  public WebElement field(String fieldId) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form [id$=\"-" + fieldId + "\"]")));
  }

  /** The errors form-js shows under its fields. */
  public List<String> fieldErrors() {
    return driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-error")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /**
   * Types as a person does, over what the field holds (focus, select all, key by key), and checks the field took it.
   * Keys do not always land in headless chromium: when they did not, the value is set as the browser's autofill sets
   * it (value, then input and change events, which form-js's Preact fields read).
   */
  public void type(WebElement input, String text) {
    inView(input).click();
    ((JavascriptExecutor) driver).executeScript("arguments[0].select();", input);
    input.sendKeys(text);
    try {
      new WebDriverWait(driver, SHORT).until(page -> text.equals(input.getDomProperty("value")));
    } catch (org.openqa.selenium.TimeoutException keysLost) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
          + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
          + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
    }
    new WebDriverWait(driver, Chromium.WAIT)
        .withMessage(() -> "the field did not take the text '" + text + "': it holds '" + input.getDomProperty("value") + "'")
        .until(page -> text.equals(input.getDomProperty("value")));
  }

  /** Picks a radio option by the label a person reads. */
  public void choose(String label) {
    inView(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'" + label + "')]")))).click();
    wait.until(ExpectedConditions.elementSelectionStateToBe(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')]//label[contains(normalize-space(.),'" + label
            + "')]//input[@type='radio']"), true));
  }

  /** The step reached, and its screenshot ({prefix}-{step}.png). */
  public void screenshot(String step) {
    lastStep = step;
    browser.screenshot(prefix + "-" + step);
  }

  /** What the browser showed where the test failed. */
  public void evidence() {
    browser.evidence(prefix + "-failure-at-" + lastStep);
  }
}
