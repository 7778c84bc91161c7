package com.synergycouncil.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds running process instances that have no way forward: no open task, no job (a continuation, a timer, a retry)
 * and no incident, neither in themselves nor in any instance they called (a parent waiting in a call activity lives
 * through its callee). Asked over {@code /engine-rest} as an administrator. An instance between two states when it is
 * looked at (a job committing its task) is looked at again before it counts as stuck.
 */
public final class StuckInstances {

  private static final int PAGE = 500;

  private final ProductClient admin;
  private final Map<String, Boolean> alive = new HashMap<>();

  private StuckInstances(ProductClient admin) {
    this.admin = admin;
  }

  /** Ids, definitions and business keys of running instances without task, job or incident, after three looks. */
  public static List<String> in(ProductClient admin) throws IOException {
    List<JsonNode> suspects = new StuckInstances(admin).look(runningInstances(admin));
    for (int look = 0; look < 2 && !suspects.isEmpty(); look++) {
      ProductProcess.sleep(1_000);
      List<JsonNode> stillRunning = new ArrayList<>();
      for (JsonNode suspect : suspects) {
        if (admin.get("/engine-rest/process-instance/" + suspect.get("id").asText()).status() == 200) {
          stillRunning.add(suspect);
        }
      }
      suspects = new StuckInstances(admin).look(stillRunning);
    }
    return suspects.stream().map(instance -> instance.get("id").asText() + " " + instance.path("definitionId").asText()
        + " " + instance.path("businessKey").asText()).toList();
  }

  /** How many process instances are running. */
  public static int running(ProductClient admin) throws IOException {
    return admin.get("/engine-rest/process-instance/count").expect(200).json().get("count").asInt();
  }

  private List<JsonNode> look(List<JsonNode> instances) throws IOException {
    List<JsonNode> stuck = new ArrayList<>();
    for (JsonNode instance : instances) {
      if (!isAlive(instance.get("id").asText())) {
        stuck.add(instance);
      }
    }
    return stuck;
  }

  private boolean isAlive(String instanceId) throws IOException {
    Boolean known = alive.get(instanceId);
    if (known != null) {
      return known;
    }
    boolean result = count("/engine-rest/task/count?processInstanceId=" + instanceId) > 0
        || count("/engine-rest/job/count?processInstanceId=" + instanceId) > 0
        || count("/engine-rest/incident/count?processInstanceId=" + instanceId) > 0;
    if (!result) {
      for (JsonNode callee : admin.get("/engine-rest/process-instance?firstResult=0&maxResults=" + PAGE
          + "&superProcessInstance=" + instanceId).expect(200).json()) {
        if (isAlive(callee.get("id").asText())) {
          result = true;
          break;
        }
      }
    }
    alive.put(instanceId, result);
    return result;
  }

  private long count(String path) throws IOException {
    return admin.get(path).expect(200).json().get("count").asLong();
  }

  private static List<JsonNode> runningInstances(ProductClient admin) throws IOException {
    List<JsonNode> instances = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      JsonNode page = admin.get("/engine-rest/process-instance?sortBy=instanceId&sortOrder=asc&firstResult=" + first
          + "&maxResults=" + PAGE).expect(200).json();
      page.forEach(instances::add);
      if (page.size() < PAGE) {
        return instances;
      }
    }
  }
}
