package com.synergycouncil;

import static com.synergycouncil.WebappLocales.englishLabel;
import static com.synergycouncil.WebappLocales.koreanLabel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps in Korean for a browser that prefers Korean (chromium runs in ko-KR), in English after a click on the
 * header's "English", and branded for the council. Expected texts come from the files the product serves: our ko.json
 * and Camunda's en.json ({@link WebappLocales}), so the test follows the translation rather than copies of it.
 * Screenshots: {build.dir}/screenshots/languages-*.png.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class WebappLanguagesBrowserTests {

  private static final String PASSWORD = "demo";
  private static final String EXECUTIVE = "skt-cto";
  private static final String ADMINISTRATOR = "admin";
  private static final String HEADER = "[cam-widget-header]";
  private static final By SWITCH = By.cssSelector(HEADER + " li.council-language");
  private static final By NAVIGATION = By.cssSelector(HEADER + " .sections-menu > ul > li");

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;

  private WebDriver driver;
  private WebDriverWait wait;

  @Test
  void anExecutiveReadsTasklistInKoreanAndSwitchesToEnglish() {
    driver = browser.driver();
    wait = browser.await();
    String tasklist = url("tasklist");

    driver.get(tasklist);
    WebElement logIn = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=\"signinForm\"] button[type=\"submit\"]")));
    wait.until(ExpectedConditions.textToBePresentInElement(logIn, koreanLabel("tasklist", "PAGE_LOGIN_SIGN_IN_ACTION")));
    assertThat(driver.findElement(By.cssSelector("input[ng-model=\"username\"]")).getDomAttribute("placeholder"))
        .isEqualTo(koreanLabel("tasklist", "PAGE_LOGIN_USERNAME"));
    awaitLanguage("ko");
    assertThat(activeLanguage()).isEqualTo("한국어");
    assertThat(style(".form-signin .login-logo", "backgroundImage")).contains("/council/logo.svg");
    assertThat(driver.findElement(By.cssSelector(".form-signin .login-logo svg")).isDisplayed())
        .as("Camunda's logo on the login page").isFalse();
    browser.screenshot("languages-01-tasklist-login-ko");

    browser.logIn(tasklist, EXECUTIVE, PASSWORD);
    driver.get(tasklist);
    awaitNavigation(koreanLabel("tasklist", "START_PROCESS"));
    assertThat(navigation()).contains(koreanLabel("tasklist", "SHORTCUT_HELP"), koreanLabel("tasklist", "START_PROCESS"));
    WebElement brand = driver.findElement(By.cssSelector(HEADER + " .navbar-brand"));
    assertThat(brand.getText()).isEqualTo("시너지 협의회 · Synergy Council Tasklist");
    assertThat(driver.getTitle()).isEqualTo(brand.getText());
    assertThat(style(HEADER + " .navbar-brand .brand-logo", "backgroundImage")).contains("/council/mark.svg");
    assertThat(brand.findElement(By.cssSelector(".brand-logo svg")).isDisplayed()).as("Camunda's logo").isFalse();
    assertThat(style(HEADER, "backgroundColor")).as("the council's charcoal header").isEqualTo("rgb(35, 35, 45)");
    browser.screenshot("languages-02-tasklist-ko");

    choose("English");
    awaitNavigation(englishLabel("tasklist", "START_PROCESS"));
    awaitLanguage("en");
    assertThat(navigation()).contains(englishLabel("tasklist", "SHORTCUT_HELP"));
    assertThat(activeLanguage()).isEqualTo("English");
    browser.screenshot("languages-03-tasklist-en");

    // the choice stays with the browser: the next visit, and the other webapps, open in English
    driver.get(url("welcome"));
    awaitLanguage("en");
    assertThat(activeLanguage()).isEqualTo("English");
    driver.get(tasklist);
    awaitNavigation(englishLabel("tasklist", "START_PROCESS"));

    choose("한국어");
    awaitNavigation(koreanLabel("tasklist", "START_PROCESS"));
    awaitLanguage("ko");
  }

  @Test
  void theAdministratorReadsCockpitAndAdminInKorean() {
    driver = browser.driver();
    wait = browser.await();
    browser.logIn(url("cockpit") + "#/login", ADMINISTRATOR, PASSWORD);

    driver.get(url("cockpit") + "#/dashboard");
    awaitNavigation(koreanLabel("cockpit", "COCKPIT_PROCESSES"));
    assertThat(navigation()).containsExactly(koreanLabel("cockpit", "COCKPIT_PROCESSES"),
        koreanLabel("cockpit", "COCKPIT_DECISIONS"), koreanLabel("cockpit", "COCKPIT_HUMAN_TASKS"),
        koreanLabel("cockpit", "COCKPIT_MORE"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
        koreanLabel("cockpit", "DASHBOARD_RUNNING_PROCESS_INSTANCE")));
    assertThat(driver.findElement(By.cssSelector(HEADER + " .navbar-brand")).getText())
        .isEqualTo("시너지 협의회 · Synergy Council Cockpit");
    assertThat(activeLanguage()).isEqualTo("한국어");
    browser.screenshot("languages-04-cockpit-ko");

    driver.get(url("admin"));
    awaitNavigation(koreanLabel("admin", "USERS_USERS"));
    assertThat(navigation()).containsExactly(koreanLabel("admin", "USERS_USERS"), koreanLabel("admin", "GROUPS_GROUPS"),
        koreanLabel("admin", "TENANTS_TENANTS"), koreanLabel("admin", "AUTHORIZATION_AUTHORIZATIONS"),
        koreanLabel("admin", "SYSTEM_SYSTEM"));
    assertThat(driver.findElement(By.cssSelector(HEADER + " .navbar-brand")).getText())
        .isEqualTo("시너지 협의회 · Synergy Council Admin");
    awaitLanguage("ko");
    browser.screenshot("languages-05-admin-ko");
  }

  private String url(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
  }

  /** Clicks a language of the header's switch; the page reloads in it. */
  private void choose(String label) {
    WebElement before = driver.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(SWITCH)).findElement(By.linkText(label)).click();
    wait.until(ExpectedConditions.stalenessOf(before));
  }

  private void awaitNavigation(String label) {
    wait.until(page -> navigation().contains(label));
  }

  /** The texts of the header's navigation (the app's own sections), as shown. */
  private List<String> navigation() {
    return driver.findElements(NAVIGATION).stream().map(WebElement::getText).map(String::trim)
        .filter(text -> !text.isEmpty()).toList();
  }

  /** Waits for the language the webapp runs in, as language.js writes it on the page (lang of html). */
  private void awaitLanguage(String code) {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", code));
  }

  private String activeLanguage() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(SWITCH))
        .findElement(By.cssSelector("a.active")).getText();
  }

  private String style(String selector, String property) {
    return String.valueOf(((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]]", selector, property));
  }
}
