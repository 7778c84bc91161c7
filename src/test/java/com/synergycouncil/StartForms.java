package com.synergycouncil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.synergycouncil.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts processes the way Tasklist's "Start process" does: {@code POST /engine-rest/process-definition/key/{key}/
 * submit-form} over HTTP with Basic authentication, every field sent as {@code {"value": ...}} without a type (what
 * Tasklist sends for a Camunda Form), and counts what a start writes. Built by each test from the context's beans
 * (an {@code @Import} would give the test class a Spring context, and an engine, of its own).
 */
public class StartForms {

  private final TestRestTemplate rest;
  private final ObjectMapper json;
  private final JdbcClient jdbc;
  private final HistoryService historyService;

  public StartForms(TestRestTemplate rest, ObjectMapper json, JdbcClient jdbc, HistoryService historyService) {
    this.rest = rest;
    this.json = json;
    this.jdbc = jdbc;
    this.historyService = historyService;
  }

  /** Submits the start form of the process as the user (password {@link TestCouncil#PASSWORD}). */
  public ResponseEntity<JsonNode> submit(String user, String processKey, Map<String, ?> fields) {
    return submit(user, processKey, fields, null);
  }

  public ResponseEntity<JsonNode> submit(String user, String processKey, Map<String, ?> fields, String businessKey) {
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    fields.forEach((name, value) -> variables.putObject(name).set("value", json.valueToTree(value)));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    return post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form", body);
  }

  public ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    return rest.withBasicAuth(user, TestCouncil.PASSWORD).postForEntity(path, new HttpEntity<>(body, headers),
        JsonNode.class);
  }

  public ResponseEntity<JsonNode> get(String user, String path, Object... uriVariables) {
    return rest.withBasicAuth(user, TestCouncil.PASSWORD).getForEntity(path, JsonNode.class, uriVariables);
  }

  /** What a start may write: the rows of the tables, the reference numbers drawn, the instances of the process. */
  public Written written(String processKey, String... tables) {
    long rows = 0;
    for (String table : tables) {
      rows += jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
    long numbers = jdbc.sql("select coalesce(sum(counter_value), 0) from reference_counter").query(Long.class).single();
    long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
    return new Written(rows, numbers, instances);
  }

  /** Rows in the module's tables, reference numbers drawn (all series), instances of the process ever started. */
  public record Written(long rows, long referenceNumbers, long processInstances) {
  }

  /**
   * A request as the API shows it, comparable with another: its reference replaced by {@code <ref>}, and the
   * moments things happened ({@code submittedAt}, {@code changedAt} ...) taken out.
   */
  public static JsonNode comparable(JsonNode view, String reference) {
    JsonNode copy = view.deepCopy();
    normalise(copy, reference);
    return copy;
  }

  private static void normalise(JsonNode node, String reference) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        if (name.endsWith("At")) {
          object.remove(name);
        } else if (value.isTextual()) {
          object.put(name, value.asText().replace(reference, "<ref>"));
        } else {
          normalise(value, reference);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode element = node.get(i);
        if (element.isTextual()) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, element.asText().replace(reference, "<ref>"));
        } else {
          normalise(element, reference);
        }
      }
    }
  }

  /**
   * The variables of the request's running instance, comparable with another's: its reference replaced by
   * {@code <ref>}, its row's id ({@code applicationId}, {@code requestId} ...) by {@code <id>}, each value with its
   * type.
   */
  public static Map<String, String> variables(RuntimeService runtimeService, String processKey, String reference,
      long rowId) {
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(reference).singleResult().getId();
    Map<String, String> variables = new TreeMap<>();
    runtimeService.getVariables(instanceId).forEach((name, value) -> variables.put(name, value == null ? "null"
        : value.getClass().getSimpleName() + ":" + (name.endsWith("Id") && value instanceof Number number
            && number.longValue() == rowId ? "<id>" : value.toString().replace(reference, "<ref>"))));
    return variables;
  }

  /** The request's story in the audit trail (read as compliance), who did what in order, comparable with another's. */
  public static List<String> story(AuditTrail trail, String reference) {
    return trail.story(reference).stream()
        .map(act -> act.kind() + " by " + act.actor() + " on " + act.process() + ": "
            + (act.details() == null ? "" : act.details().replace(reference, "<ref>")))
        .toList();
  }
}
