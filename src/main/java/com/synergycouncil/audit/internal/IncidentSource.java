package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import com.synergycouncil.system.EngineAsSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricIncidentQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Incidents (a job that failed every retry) and how they ended, from the engine's history: when, where in the
 * process, with which message. The person who fixed one appears as the operation they did (job retries set).
 * Incidents have no actor, so a person or partner filter leaves them out.
 */
@Component
class IncidentSource implements AuditSource {

  private final HistoryService historyService;
  private final EngineLookup lookup;
  private final EngineAsSystem engine;

  IncidentSource(HistoryService historyService, EngineLookup lookup, EngineAsSystem engine) {
    this.historyService = historyService;
    this.lookup = lookup;
    this.engine = engine;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    if (filter.person() != null || filter.partner() != null) {
      return List.of();
    }
    return engine.call(() -> collect(filter, limit));
  }

  private List<AuditAct> collect(AuditFilter filter, int limit) {
    List<HistoricIncident> created = new ArrayList<>();
    List<HistoricIncident> ended = new ArrayList<>();
    if (filter.requestRef() != null) {
      for (HistoricProcessInstance instance : lookup.ofRequest(filter.requestRef(), filter.process())) {
        List<HistoricIncident> incidents = historyService.createHistoricIncidentQuery()
            .processInstanceId(instance.getId()).list();
        created.addAll(incidents);
        incidents.stream().filter(incident -> incident.getEndTime() != null).forEach(ended::add);
      }
    } else {
      HistoricIncidentQuery byCreation = query(filter);
      if (filter.fromInstant() != null) {
        byCreation.createTimeAfter(Date.from(filter.fromInstant().minusMillis(1)));
      }
      if (filter.toInstantExclusive() != null) {
        byCreation.createTimeBefore(Date.from(filter.toInstantExclusive()));
      }
      created.addAll(byCreation.orderByCreateTime().desc().listPage(0, limit));
      HistoricIncidentQuery byEnd = query(filter);
      byEnd.endTimeAfter(Date.from((filter.fromInstant() == null ? new Date(0).toInstant() : filter.fromInstant())
          .minusMillis(1)));
      if (filter.toInstantExclusive() != null) {
        byEnd.endTimeBefore(Date.from(filter.toInstantExclusive()));
      }
      ended.addAll(byEnd.orderByEndTime().desc().listPage(0, limit));
    }
    List<String> instanceIds = new ArrayList<>(created.stream().map(HistoricIncident::getProcessInstanceId).toList());
    ended.forEach(incident -> instanceIds.add(incident.getProcessInstanceId()));
    Map<String, String> keys = lookup.businessKeys(instanceIds);

    List<AuditAct> acts = new ArrayList<>();
    created.forEach(incident -> acts.add(AuditAct.of(incident.getCreateTime().toInstant(), null, null,
        AuditActKind.INCIDENT_CREATED, incident.getProcessDefinitionKey(), keys.get(incident.getProcessInstanceId()),
        describe(incident) + ": " + incident.getIncidentMessage())));
    ended.forEach(incident -> acts.add(AuditAct.of(incident.getEndTime().toInstant(), null, null,
        incident.isDeleted() ? AuditActKind.INCIDENT_DELETED : AuditActKind.INCIDENT_RESOLVED,
        incident.getProcessDefinitionKey(), keys.get(incident.getProcessInstanceId()), describe(incident))));
    acts.removeIf(act -> !filter.matches(act));
    acts.sort(Comparator.comparing(AuditAct::time).reversed());
    return acts.size() > limit ? acts.subList(0, limit) : acts;
  }

  private HistoricIncidentQuery query(AuditFilter filter) {
    HistoricIncidentQuery query = historyService.createHistoricIncidentQuery();
    if (filter.process() != null) {
      query.processDefinitionKey(filter.process());
    }
    return query;
  }

  private static String describe(HistoricIncident incident) {
    String activity = incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
    return incident.getIncidentType() + " @ " + activity;
  }
}
