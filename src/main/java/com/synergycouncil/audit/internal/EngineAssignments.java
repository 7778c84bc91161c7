package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLogQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Assignments from the engine's identity-link history. A person's own claim or assignment is already an act of the
 * user operation log; what is left are the assignments the process model made (the voter its rules chose), shown
 * with no actor: no person chose the assignee.
 */
@Component
class EngineAssignments {

  /** A claim or assignment and its identity link are written by one command: at most this far apart. */
  static final Duration SAME_COMMAND = Duration.ofSeconds(1);

  private final HistoryService historyService;

  EngineAssignments(HistoryService historyService) {
    this.historyService = historyService;
  }

  Map<String, HistoricTaskInstance> tasksOf(String requestRef) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(requestRef).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
  }

  /** The assignments of a request's tasks: read over the request's lifetime, kept when they are its tasks'. */
  List<HistoricIdentityLinkLog> ofTasks(AuditFilter filter, Map<String, HistoricTaskInstance> tasks,
      List<HistoricProcessInstance> instances) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Instant started = instances.stream().map(instance -> instance.getStartTime().toInstant()).min(Instant::compareTo)
        .orElseThrow();
    Instant from = filter.fromInstant() == null || filter.fromInstant().isBefore(started) ? started : filter.fromInstant();
    List<HistoricIdentityLinkLog> links = new ArrayList<>();
    for (int first = 0; first < EngineOperationsSource.MAX_SCANNED; first += EngineOperationsSource.PAGE) {
      List<HistoricIdentityLinkLog> page = query(filter, from).orderByTime().asc()
          .listPage(first, EngineOperationsSource.PAGE);
      page.stream().filter(link -> tasks.containsKey(link.getTaskId())).forEach(links::add);
      if (page.size() < EngineOperationsSource.PAGE) {
        break;
      }
    }
    return links;
  }

  /** Newest first, a page at a time, until enough assignments match or the history is exhausted. */
  List<HistoricIdentityLinkLog> scan(AuditFilter filter, Predicate<HistoricIdentityLinkLog> wanted, int limit) {
    List<HistoricIdentityLinkLog> links = new ArrayList<>();
    for (int first = 0; first < EngineOperationsSource.MAX_SCANNED && links.size() <= limit;
        first += EngineOperationsSource.PAGE) {
      List<HistoricIdentityLinkLog> page = query(filter, filter.fromInstant()).orderByTime().desc()
          .listPage(first, EngineOperationsSource.PAGE);
      page.stream().filter(wanted).forEach(links::add);
      if (page.size() < EngineOperationsSource.PAGE) {
        break;
      }
    }
    return links;
  }

  private HistoricIdentityLinkLogQuery query(AuditFilter filter, Instant from) {
    HistoricIdentityLinkLogQuery query = historyService.createHistoricIdentityLinkLogQuery()
        .type(IdentityLinkType.ASSIGNEE).operationType("add");
    if (filter.process() != null) {
      query.processDefinitionKey(filter.process());
    }
    if (from != null) {
      query.dateAfter(Date.from(from.minusMillis(1)));
    }
    if (filter.toInstantExclusive() != null) {
      query.dateBefore(Date.from(filter.toInstantExclusive()));
    }
    return query;
  }

  /** The links no person's claim, assignment or delegation (in {@code operations}) accounts for. */
  static List<HistoricIdentityLinkLog> madeByTheProcess(List<HistoricIdentityLinkLog> links,
      List<OperationLogActs> operations) {
    return links.stream()
        .filter(link -> !Objects.equals(link.getAssignerId(), link.getUserId()))
        .filter(link -> operations.stream().noneMatch(operation -> isTheSameAssignment(operation, link)))
        .toList();
  }

  private static boolean isTheSameAssignment(OperationLogActs operation, HistoricIdentityLinkLog link) {
    AuditActKind kind = operation.kind();
    boolean assigning = kind == AuditActKind.ASSIGNED || kind == AuditActKind.TASK_DELEGATED
        || kind == AuditActKind.CLAIMED;
    String assignee = operation.affectedUser() != null ? operation.affectedUser() : operation.actor();
    return assigning && Objects.equals(operation.taskId(), link.getTaskId())
        && Objects.equals(assignee, link.getUserId())
        && Duration.between(operation.first().getTimestamp().toInstant(), link.getTime().toInstant()).abs()
            .compareTo(SAME_COMMAND) <= 0;
  }

  List<AuditAct> toActs(List<HistoricIdentityLinkLog> links, Map<String, HistoricTaskInstance> tasks,
      Map<String, String> businessKeys, Map<String, People.Person> members) {
    return links.stream().map(link -> {
      HistoricTaskInstance task = tasks.get(link.getTaskId());
      String requestRef = task == null ? null : businessKeys.get(task.getProcessInstanceId());
      String taskName = task == null ? link.getTaskId() : task.getName();
      return AuditAct.of(link.getTime().toInstant(), null, EngineOperationsSource.partnerOf(members, link.getUserId()),
              AuditActKind.ASSIGNED, link.getProcessDefinitionKey(), requestRef,
              taskName + " → " + link.getUserId() + " (프로세스 규칙 / by the process rules)")
          .affecting(link.getUserId());
    }).toList();
  }
}
