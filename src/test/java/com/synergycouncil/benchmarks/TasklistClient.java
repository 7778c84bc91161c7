package com.synergycouncil.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What an executive's browser or script sends, over real HTTP: {@code /engine-rest} with HTTP Basic (checked against
 * the Camunda users on every request), and the webapps' own API ({@code /camunda/api/engine/...}) with the session and
 * CSRF token Tasklist's login gives. Any status other than 200 fails the call.
 */
final class TasklistClient {

  static final String HAL = "application/hal+json, application/json; q=0.5";

  private final String base;
  private final String basic;
  private final String user;
  private final String password;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String xsrfToken;

  TasklistClient(int port, String user, String password) {
    this.base = "http://localhost:" + port;
    this.user = user;
    this.password = password;
    this.basic = "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
        .version(HttpClient.Version.HTTP_1_1).build();
  }

  /** {@code GET /engine-rest<path>} with Basic authentication; returns the body. */
  String restGet(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + "/engine-rest" + path)).header("Authorization", basic)
        .header("Accept", "application/json").GET().build());
  }

  /**
   * Logs in to Tasklist as its login page does: a page load (session and CSRF token), the login form, then a first
   * read in the new session the login starts, which hands out that session's token.
   */
  void logInToTasklist() {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    send(fromTasklist(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(BodyPublishers.ofString(form)).build());
    send(fromTasklist(URI.create(base + "/camunda/api/admin/auth/user/default")).header("Accept", "application/json")
        .GET().build());
    if (xsrfToken == null) {
      throw new IllegalStateException("Tasklist handed out no CSRF token");
    }
  }

  /** {@code GET /camunda/api/engine/engine/default<path>} in the Tasklist session, as Tasklist asks (HAL). */
  String tasklistGet(String path) {
    return send(fromTasklist(URI.create(base + "/camunda/api/engine/engine/default" + path)).header("Accept", HAL)
        .GET().build());
  }

  /** {@code POST /camunda/api/engine/engine/default<path>} with a JSON body in the Tasklist session (HAL). */
  String tasklistPost(String path, String json) {
    return send(fromTasklist(URI.create(base + "/camunda/api/engine/engine/default" + path)).header("Accept", HAL)
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)).build());
  }

  /** What the browser adds to Tasklist's calls: where they come from, and the session's CSRF token. */
  private HttpRequest.Builder fromTasklist(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Origin", base)
        .header("Referer", base + "/camunda/app/tasklist/default/");
    return xsrfToken == null ? request : request.header("X-XSRF-TOKEN", xsrfToken);
  }

  private String send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
      response.headers().firstValue("X-XSRF-TOKEN").filter(token -> !token.equals("Required"))
          .ifPresent(token -> xsrfToken = token);
      if (response.statusCode() != 200 && response.statusCode() != 204) {
        throw new IllegalStateException("%s %s answered %d: %s".formatted(request.method(), request.uri(),
            response.statusCode(), response.body()));
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
