package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps keep their CSRF protection: a page that another site opens in a logged-in person's browser cannot log
 * them in or act for them, because it cannot read the XSRF-TOKEN cookie to send it back as a header.
 */
@ProcessTest
class WebappCsrfTests {

  @LocalServerPort int port;
  @Autowired TestCouncil council;

  final CookieManager cookies = new CookieManager();
  final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
    open("/camunda/app/tasklist/default/");
    assertThat(xsrfToken()).as("Tasklist hands out its CSRF token as a cookie").isNotBlank();
    assertThat(logIn(null).statusCode()).isEqualTo(403);
  }

  @Test
  void aLoginWithTheTokenFromItsCookieSucceeds() throws Exception {
    open("/camunda/app/tasklist/default/");
    assertThat(logIn(xsrfToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void aLoggedInPersonsSessionCannotBeUsedWithoutTheToken() throws Exception {
    open("/camunda/app/tasklist/default/");
    assertThat(logIn(xsrfToken()).statusCode()).isEqualTo(200);

    assertThat(post("/camunda/api/admin/auth/user/default/logout", null).statusCode())
        .as("a forged request riding on the session cookie").isEqualTo(403);

    // the same request from Tasklist itself, which can read the token (after a refusal the session is a new one)
    open("/camunda/app/tasklist/default/");
    assertThat(logIn(xsrfToken()).statusCode()).isEqualTo(200);
    open("/camunda/api/admin/auth/user/default"); // the logged-in session's token, as Tasklist's next call gets it
    assertThat(post("/camunda/api/admin/auth/user/default/logout", xsrfToken()).statusCode()).isEqualTo(200);
  }

  private void open(String path) throws IOException, InterruptedException {
    browser.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.discarding());
  }

  private HttpResponse<String> logIn(String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString("username=" + FUND_MANAGER + "&password=" + PASSWORD));
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    return browser.send(request.build(), BodyHandlers.ofString());
  }

  /** Without a token: what another site can make the browser send (the session cookie goes along, no header). */
  private HttpResponse<String> post(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(BodyPublishers.noBody());
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    return browser.send(request.build(), BodyHandlers.ofString());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
