package com.synergycouncil.reporting;

import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * On-demand reports: starts {@code QuarterlyImpactReportProcess} by its message {@code ImpactReportRequested} for a
 * quarter that has begun (a past quarter, or the current one to date). The caller's access has been checked; the
 * engine is called as the system. Compliance officers may also start it themselves through its start form in
 * Tasklist: the same rules then apply to the quarter they asked for ({@link #acceptFormStart}).
 */
@Service
public class ImpactReportRequests {

  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final Validator validator;

  ImpactReportRequests(RuntimeService runtimeService, EngineAsSystem engine, Validator validator) {
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.validator = validator;
  }

  /** Who may ask for a report, on the compliance page or through the start form: compliance and administrators. */
  public boolean mayRequest(Person person) {
    return person.inAny(Groups.COMPLIANCE, Groups.ADMINS);
  }

  /** Returns the id of the process instance that will generate the report and ask for its sign-off. */
  public String request(Quarter quarter, String requestedBy) {
    ProcessStart start = startOf(quarter, requestedBy);
    ProcessInstance instance = engine.call(() -> runtimeService
        .createMessageCorrelation(QuarterlyImpactReportProcess.MESSAGE_REPORT_REQUESTED)
        .processInstanceBusinessKey(start.businessKey())
        .setVariables(start.variables())
        .correlateStartMessage());
    return instance.getId();
  }

  /**
   * A report a person asked for through the process's start form in Tasklist (or by the process's message on
   * {@code /engine-rest}): who may, a real quarter, one that has begun; the business key and variables of a request
   * made on the compliance page.
   */
  public ProcessStart acceptFormStart(FormRequest<QuarterRequest> form, Person person) {
    if (!mayRequest(person)) {
      throw FormStart.forbidden(person, "ask for impact reports");
    }
    FormStart.check(validator, form, List.of());
    Quarter quarter = new Quarter(form.request().year(), form.request().quarter());
    return startOf(quarter, person.userId());
  }

  private static ProcessStart startOf(Quarter quarter, String requestedBy) {
    if (!quarter.hasBegunAt(ClockUtil.now().toInstant())) {
      throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
          quarter.label() + " has not begun yet: a report can be made for a past or the current quarter.");
    }
    return new ProcessStart(QuarterlyImpactReportProcess.businessKey(quarter),
        Map.of(Var.YEAR, quarter.year(), Var.QUARTER, quarter.quarter(), Var.REQUESTED_BY, requestedBy));
  }

  /** The quarter a person asks for: the bounds of {@link Quarter}. */
  public record QuarterRequest(@NotNull @Min(Quarter.FIRST_YEAR) @Max(Quarter.LAST_YEAR) Integer year,
      @NotNull @Min(1) @Max(4) Integer quarter) {
  }
}
