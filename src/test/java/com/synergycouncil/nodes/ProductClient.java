package com.synergycouncil.nodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One user of one node over HTTP, as a script or Tasklist would call it: {@code /api/...} and {@code /engine-rest/...}
 * with HTTP Basic. An {@link IOException} means no answer came (the node is down or died mid-request).
 */
public final class ProductClient {

  public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final HttpClient http;
  private final URI base;
  private final String node;
  private final String user;
  private final String authorization;

  ProductClient(HttpClient http, URI base, String node, String user, String password) {
    this.http = http;
    this.base = base;
    this.node = node;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public String user() {
    return user;
  }

  public String node() {
    return node;
  }

  public Answer get(String path) throws IOException {
    return send(request(path).GET());
  }

  /** POSTs {@code body} as JSON; {@code headers} as name, value, name, value... */
  public Answer post(String path, Object body, String... headers) throws IOException {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json(body)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** Tasks this user may see, from {@code /engine-rest/task} with the query parameters given. */
  public List<JsonNode> tasks(Map<String, String> query) throws IOException {
    StringBuilder path = new StringBuilder("/engine-rest/task?firstResult=0&maxResults=500&sortBy=id&sortOrder=asc");
    query.forEach((name, value) -> path.append('&').append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    Answer answer = get(path.toString()).expect(200);
    List<JsonNode> tasks = new ArrayList<>();
    answer.json().forEach(tasks::add);
    return tasks;
  }

  public Answer claim(String taskId) throws IOException {
    return post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
  }

  /** Completes a task with form values, as Tasklist submits them ({@code {"variables": {"name": {"value": ...}}}}). */
  public Answer complete(String taskId, Map<String, Object> formValues) throws IOException {
    ObjectNode variables = JSON.createObjectNode();
    formValues.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return post("/engine-rest/task/" + taskId + "/complete", body);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(PATIENCE).header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private Answer send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers(), node, user);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An HTTP answer: status, body, headers, and who asked which node. */
  public record Answer(int status, String body, HttpHeaders headers, String node, String user) {

    public boolean success() {
      return status >= 200 && status < 300;
    }

    public JsonNode json() {
      if (body == null || body.isBlank()) {
        return MissingNode.getInstance();
      }
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("not JSON from " + node + ": " + body, e);
      }
    }

    /** This answer if its status is {@code expected}, else a failure that shows it. */
    public Answer expect(int expected) {
      if (status != expected) {
        throw new AssertionError("%s on %s: expected %d but got %d %s".formatted(user, node, expected, status, body));
      }
      return this;
    }

    @Override
    public String toString() {
      return status + " from " + node + " for " + user + ": " + body;
    }
  }
}
