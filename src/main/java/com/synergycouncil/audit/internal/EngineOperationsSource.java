package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import com.synergycouncil.system.EngineAsSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.springframework.stereotype.Component;

/**
 * What people did through the engine, from its user operation log (claims, assignments, delegations, completions,
 * job retries, user, group, membership and permission changes), and the tasks the process model itself assigned
 * (from the identity-link history: a vote assigned to the member the rules chose). Runs as the system: the audit
 * trail's callers are checked for compliance or admin first.
 */
@Component
class EngineOperationsSource implements AuditSource {

  static final int PAGE = 1000;
  static final int MAX_SCANNED = 50_000;

  private final HistoryService historyService;
  private final EngineLookup lookup;
  private final EngineAssignments assignments;
  private final People people;
  private final EngineAsSystem engine;

  EngineOperationsSource(HistoryService historyService, EngineLookup lookup, EngineAssignments assignments,
      People people, EngineAsSystem engine) {
    this.historyService = historyService;
    this.lookup = lookup;
    this.assignments = assignments;
    this.people = people;
    this.engine = engine;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    return engine.call(() -> collect(filter, limit));
  }

  private List<AuditAct> collect(AuditFilter filter, int limit) {
    Map<String, People.Person> members = people.all();
    Predicate<OperationLogActs> wanted = operation -> wanted(filter, members, operation.actor(),
        operation.affectedUser());
    List<OperationLogActs> operations;
    List<HistoricIdentityLinkLog> links;
    Map<String, HistoricTaskInstance> tasks;
    if (filter.requestRef() != null) {
      List<HistoricProcessInstance> instances = lookup.ofRequest(filter.requestRef(), filter.process());
      if (instances.isEmpty()) {
        return List.of();
      }
      List<UserOperationLogEntry> entries = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        entries.addAll(query(filter).processInstanceId(instance.getId()).list());
      }
      operations = group(entries).stream().filter(wanted).toList();
      tasks = assignments.tasksOf(filter.requestRef());
      links = assignments.ofTasks(filter, tasks, instances);
    } else {
      operations = scan(filter, wanted, limit);
      links = assignments.scan(filter, link -> wanted(filter, members, null, link.getUserId()), limit);
      List<String> taskIds = new ArrayList<>(operations.stream().map(OperationLogActs::taskId).toList());
      links.forEach(link -> taskIds.add(link.getTaskId()));
      tasks = lookup.tasks(taskIds);
    }
    List<String> instanceIds = new ArrayList<>(operations.stream().map(OperationLogActs::processInstanceId).toList());
    tasks.values().forEach(task -> instanceIds.add(task.getProcessInstanceId()));
    Map<String, String> keys = lookup.businessKeys(instanceIds);

    List<AuditAct> acts = new ArrayList<>();
    for (OperationLogActs operation : operations) {
      HistoricTaskInstance task = operation.taskId() == null ? null : tasks.get(operation.taskId());
      acts.add(operation.toAct(partnerOf(members, operation.actor()), keys.get(operation.processInstanceId()),
          task == null ? null : task.getName()));
    }
    acts.addAll(assignments.toActs(EngineAssignments.madeByTheProcess(links, operations), tasks, keys, members));
    acts.removeIf(act -> !filter.matches(act));
    acts.sort(Comparator.comparing(AuditAct::time).reversed());
    return acts.size() > limit ? acts.subList(0, limit) : acts;
  }

  /** Reads the log newest first, a page at a time, until enough operations match or the log is exhausted. */
  private List<OperationLogActs> scan(AuditFilter filter, Predicate<OperationLogActs> wanted, int limit) {
    List<UserOperationLogEntry> entries = new ArrayList<>();
    List<OperationLogActs> matching = List.of();
    for (int first = 0; first < MAX_SCANNED; first += PAGE) {
      List<UserOperationLogEntry> page = query(filter).orderByTimestamp().desc().listPage(first, PAGE);
      entries.addAll(page);
      matching = group(entries).stream().filter(wanted).toList();
      if (page.size() < PAGE || matching.size() > limit) {
        break;
      }
    }
    return matching;
  }

  private UserOperationLogQuery query(AuditFilter filter) {
    UserOperationLogQuery query = historyService.createUserOperationLogQuery();
    if (filter.process() != null) {
      query.processDefinitionKey(filter.process());
    }
    if (filter.fromInstant() != null) {
      query.afterTimestamp(Date.from(filter.fromInstant().minusMillis(1)));
    }
    if (filter.toInstantExclusive() != null) {
      query.beforeTimestamp(Date.from(filter.toInstantExclusive()));
    }
    return query;
  }

  /** Entries of one operation together, in the order the log gave them. */
  private static List<OperationLogActs> group(List<UserOperationLogEntry> entries) {
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry entry : entries) {
      String key = entry.getOperationId() != null ? entry.getOperationId() : entry.getId();
      byOperation.computeIfAbsent(key, id -> new ArrayList<>()).add(entry);
    }
    return byOperation.values().stream().map(OperationLogActs::new).toList();
  }

  static boolean wanted(AuditFilter filter, Map<String, People.Person> members, String actor, String affected) {
    String partner = partnerOf(members, actor != null ? actor : affected);
    return (filter.person() == null || filter.person().equals(actor) || filter.person().equals(affected))
        && (filter.partner() == null || filter.partner().equals(partner));
  }

  static String partnerOf(Map<String, People.Person> members, String userId) {
    People.Person person = userId == null ? null : members.get(userId);
    return person == null ? null : person.partnerCode();
  }
}
