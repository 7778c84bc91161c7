package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.funding.FundingApprovalProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator walks through Cockpit and Admin, and an executive through Tasklist, in a real (headless) chromium:
 * every page loads its data without an error notification. The engine refuses unpaged queries from a logged-in user
 * (queryMaxResultsLimit), so a webapp page that asked for a whole table would show an error here. Needs Debian's
 * chromium and chromedriver: skipped without them, failed when REQUIRE_BROWSER=true. Screenshots per page.
 */
@BrowserTest
@EnabledIf(value = "com.synergycouncil.Chromium#installedOrRequired", disabledReason = Chromium.NO_BROWSER)
class WebappPagesBrowserTests {

  /** How the webapps show a failed request: a notification or an inline failure ("Loading ... finished with failures"). */
  private static final By ERROR = By.cssSelector(".alert-danger");

  @RegisterExtension final Chromium browser = new Chromium();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Test
  void everyCockpitAndAdminPageTheAdministratorOpensLoadsWithoutAnError() {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(FundingApprovalProcess.KEY).latestVersion().singleResult().getId();
    String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(FundingApprovalProcess.KEY)
        .listPage(0, 1).get(0).getId();
    String cockpit = base() + "/camunda/app/cockpit/default/#/";
    String admin = base() + "/camunda/app/admin/default/#/";
    Map<String, Page> pages = new LinkedHashMap<>();
    pages.put("cockpit-dashboard", new Page(cockpit + "dashboard", ".dashboard"));
    pages.put("cockpit-processes", new Page(cockpit + "processes", ".process-definitions-list, table"));
    pages.put("cockpit-process-definition", new Page(cockpit + "process-definition/" + definition + "/runtime",
        ".ctn-content-container .ctn-tabbed-content"));
    pages.put("cockpit-process-instance", new Page(cockpit + "process-instance/" + instance + "/runtime",
        ".ctn-content-container .ctn-tabbed-content"));
    pages.put("cockpit-decisions", new Page(cockpit + "decisions", "table"));
    pages.put("cockpit-tasks", new Page(cockpit + "tasks", ".tasks-dashboard, table"));
    pages.put("cockpit-deployments", new Page(cockpit + "repository", ".deployments, .ctn-content-container"));
    pages.put("cockpit-batches", new Page(cockpit + "batch", ".batch-wrapper"));
    pages.put("admin-users", new Page(admin + "users", "table"));
    pages.put("admin-groups", new Page(admin + "groups", "table"));
    pages.put("admin-authorizations", new Page(admin + "authorization?resource=0", "table"));
    pages.put("admin-system", new Page(admin + "system?section=system-settings-general", ".section-content"));

    browser.logIn(base() + "/camunda/app/cockpit/default/#/login", "admin", "demo");
    List<String> failed = new ArrayList<>();
    pages.forEach((name, page) -> {
      if (!opensWithoutAnError(page)) {
        failed.add(name + ": " + driver().findElements(ERROR).stream().filter(WebElement::isDisplayed)
            .map(WebElement::getText).toList());
        browser.evidence("error-" + name);
      }
      browser.screenshot("webapp-" + name);
    });
    assertThat(failed).as("pages that showed an error notification").isEmpty();
  }

  @Test
  void anExecutiveSeesTheirSavedFiltersInTasklist() {
    browser.logIn(base() + "/camunda/app/tasklist/default/", "kakao-ceo", "demo");
    List<WebElement> filters = browser.await().until(
        ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".task-filter h4.name")));
    assertThat(filters).as("the executive's saved filters").isNotEmpty();
    settle();
    browser.screenshot("webapp-tasklist-executive");
    assertThat(driver().findElements(ERROR).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList())
        .isEmpty();
  }

  private boolean opensWithoutAnError(Page page) {
    driver().get(page.url());
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(page.loaded())));
    settle();
    return driver().findElements(ERROR).stream().noneMatch(WebElement::isDisplayed);
  }

  /** Waits until the page has no request in flight (Angular's $http), so a late error is seen too. */
  private void settle() {
    browser.await().withTimeout(Duration.ofSeconds(20)).until(page -> Boolean.TRUE.equals(
        ((org.openqa.selenium.JavascriptExecutor) page).executeScript("""
            try {
              const injector = window.angular && angular.element(document.body).injector();
              return !injector || injector.get('$http').pendingRequests.length === 0;
            } catch (e) { return true; }""")));
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private WebDriver driver() {
    return browser.driver();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private record Page(String url, String loaded) {
  }
}
