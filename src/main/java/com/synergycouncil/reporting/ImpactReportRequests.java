package com.synergycouncil.reporting;

import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * On-demand reports: starts {@code QuarterlyImpactReportProcess} by its message {@code ImpactReportRequested} for a
 * quarter that has begun (a past quarter, or the current one to date). The caller's access has been checked; the
 * engine is called as the system, since compliance officers hold no permission to start processes themselves.
 */
@Service
public class ImpactReportRequests {

  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;

  ImpactReportRequests(RuntimeService runtimeService, EngineAsSystem engine) {
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  /** Returns the id of the process instance that will generate the report and ask for its sign-off. */
  public String request(Quarter quarter, String requestedBy) {
    if (!quarter.hasBegunAt(ClockUtil.now().toInstant())) {
      throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
          quarter.label() + " has not begun yet: a report can be made for a past or the current quarter.");
    }
    ProcessInstance instance = engine.call(() -> runtimeService
        .createMessageCorrelation(QuarterlyImpactReportProcess.MESSAGE_REPORT_REQUESTED)
        .processInstanceBusinessKey(QuarterlyImpactReportProcess.businessKey(quarter))
        .setVariables(Map.of(Var.YEAR, quarter.year(), Var.QUARTER, quarter.quarter(), Var.REQUESTED_BY, requestedBy))
        .correlateStartMessage());
    return instance.getId();
  }
}
