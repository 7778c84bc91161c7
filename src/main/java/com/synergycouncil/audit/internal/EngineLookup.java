package com.synergycouncil.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * Looks up, a batch at a time (never one query per row), what the engine's history entries refer to: the process
 * instances of a request, and the business keys and task names behind ids. Callers run it as the system.
 */
@Component
class EngineLookup {

  static final int CHUNK = 200;

  private final HistoryService historyService;
  private final ManagementService managementService;

  EngineLookup(HistoryService historyService, ManagementService managementService) {
    this.historyService = historyService;
    this.managementService = managementService;
  }

  /** Every process instance of a request: the funding process and the council decision it called share the key. */
  List<HistoricProcessInstance> ofRequest(String requestRef, String processKey) {
    HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(requestRef);
    if (processKey != null) {
      query.processDefinitionKey(processKey);
    }
    return query.list();
  }

  /** Business keys of process instances by id. */
  Map<String, String> businessKeys(Collection<String> processInstanceIds) {
    Map<String, String> keys = new HashMap<>();
    for (List<String> chunk : chunks(processInstanceIds)) {
      historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(chunk)).list()
          .forEach(instance -> keys.put(instance.getId(), instance.getBusinessKey()));
    }
    return keys;
  }

  /** Historic tasks by id (name, process instance, definition key). */
  Map<String, HistoricTaskInstance> tasks(Collection<String> taskIds) {
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    String table = managementService.getTableName(HistoricTaskInstance.class);
    for (List<String> chunk : chunks(taskIds)) {
      StringBuilder in = new StringBuilder();
      for (int i = 0; i < chunk.size(); i++) {
        in.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
      }
      NativeHistoricTaskInstanceQuery query = historyService.createNativeHistoricTaskInstanceQuery()
          .sql("SELECT * FROM " + table + " WHERE ID_ IN (" + in + ")");
      for (int i = 0; i < chunk.size(); i++) {
        query.parameter("id" + i, chunk.get(i));
      }
      query.list().forEach(task -> tasks.put(task.getId(), task));
    }
    return tasks;
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> distinct = ids.stream().filter(id -> id != null).distinct().collect(Collectors.toList());
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += CHUNK) {
      chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
    }
    return chunks;
  }

  static Set<String> ids(List<HistoricProcessInstance> instances) {
    return instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }
}
