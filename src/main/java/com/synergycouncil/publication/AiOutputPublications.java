package com.synergycouncil.publication;

import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.internal.AiOutputs;
import com.synergycouncil.publication.internal.AiOutputs.OutputRow;
import com.synergycouncil.publication.internal.PublicationRecords;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication requests, researchers' access requests and incidents. Each writes its rows and moves the process in
 * one transaction.
 */
@Service
public class AiOutputPublications {

  private final AiOutputRegistry registry;
  private final AiOutputs outputs;
  private final PublicationRecords records;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final Validator validator;

  AiOutputPublications(AiOutputRegistry registry, AiOutputs outputs, PublicationRecords records,
      RuntimeService runtimeService, EngineAsSystem engine, Validator validator) {
    this.registry = registry;
    this.outputs = outputs;
    this.records = records;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.validator = validator;
  }

  /** Who may request a publication, through the API or the start form: AI leads and administrators. */
  public boolean mayRequestPublication(Person person) {
    return person.inAny(Groups.AI_LEADS, Groups.ADMINS);
  }

  /** Starts the publication process; refused (409) while another request is running or once released. */
  @Transactional
  public void requestPublication(String reference, PublicationRequest request, String requestedBy) {
    ProcessStart start = register(reference, request, requestedBy);
    engine.call(() -> runtimeService.startProcessInstanceByKey(AiOutputPublicationProcess.KEY, start.businessKey(),
        start.variables()));
  }

  /**
   * A publication a person requested through the process's start form in Tasklist: the API's rules (who may, Bean
   * Validation, an output that exists and may be requested now) and rows, in the transaction that starts the
   * instance.
   */
  @Transactional
  public ProcessStart acceptFormStart(String reference, FormRequest<PublicationRequest> form, Person person) {
    if (!mayRequestPublication(person)) {
      throw FormStart.forbidden(person, "request the publication of AI outputs");
    }
    FormStart.check(validator, form, reference == null
        ? List.of(new FieldProblem(AiOutputPublicationProcess.StartForm.OUTPUT_REF, "is required")) : List.of());
    return register(reference, form.request(), person.userId());
  }

  private ProcessStart register(String reference, PublicationRequest request, String requestedBy) {
    OutputRow output = registry.row(reference);
    if (!output.status().isEditable() || output.status() == AiOutputStatus.REVISION_REQUESTED) {
      throw new ApiProblemException(HttpStatus.CONFLICT,
          "AI output " + reference + " is " + output.status() + ": no new publication request now.");
    }
    outputs.requestPublication(output.id(), request, requestedBy);
    records.changeStatus(output.id(), AiOutputStatus.IN_REVIEW, "publication requested: " + request.display(),
        requestedBy, now());
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.OUTPUT_ID, output.id());
    variables.put(Var.OUTPUT_REF, reference);
    variables.put(Var.OUTPUT_TITLE, output.name() + " " + output.version());
    variables.put(Var.OUTPUT_SUMMARY, output.summary());
    variables.put(Var.REQUESTED_BY, requestedBy);
    variables.put(Var.EXCLUDED_USERS, requestedBy);
    variables.put(Var.PARTNER_CODES, output.aiRndCouncil() ? String.join(",", output.contributingPartners()) : "");
    variables.put(Var.AUDIENCE, request.audience().name());
    variables.put(Var.LICENCE, request.licence().spdx());
    variables.put(Var.RELEASE_TYPE, request.releaseType().name());
    variables.put(Var.PUBLICATION_TERMS, request.display());
    return new ProcessStart(reference, variables);
  }

  @Transactional
  public AccessRequestView requestAccess(String reference, AccessRequestInput input, String requestedBy) {
    OutputRow output = registry.row(reference);
    if (output.status() == AiOutputStatus.PUBLISHED) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "AI output " + reference
          + " is open to everyone: no access request is needed.");
    }
    if (!output.status().takesAccessRequests()) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "AI output " + reference + " is " + output.status()
          + " and takes no access requests.");
    }
    long id = records.insertAccessRequest(output.id(), input, requestedBy, now());
    return records.accessRequest(output.id(), id).orElseThrow();
  }

  @Transactional
  public AccessRequestView decideAccess(String reference, long requestId, AccessDecision decision, String aiLead) {
    if (!decision.crossFieldProblems().isEmpty()) {
      throw new InvalidRequestException(decision.crossFieldProblems());
    }
    OutputRow output = registry.row(reference);
    AccessRequestView request = records.accessRequest(output.id(), requestId).orElseThrow(() ->
        new ApiProblemException(HttpStatus.NOT_FOUND, "No access request " + requestId + " for " + reference + "."));
    String status = decision.decision() == AccessDecision.Choice.GRANT ? "GRANTED" : "REFUSED";
    if (!"PENDING".equals(request.status()) || !records.decideAccessRequest(requestId, status, aiLead, decision.note(), now())) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "Access request " + requestId + " was already decided.");
    }
    return records.accessRequest(output.id(), requestId).orElseThrow();
  }

  public List<AccessRequestView> accessRequests(String reference) {
    return records.accessRequests(registry.row(reference).id());
  }

  /** Pauses a staged release: the council chair then resumes it or withdraws the output. */
  @Transactional
  public void reportIncident(String reference, String description, String reportedBy) {
    OutputRow output = registry.row(reference);
    if (output.status() != AiOutputStatus.STAGED) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "AI output " + reference + " is " + output.status()
          + ": only a staged release waiting to open can be paused.");
    }
    records.recordIncident(output.id(), description, reportedBy, now());
    records.changeStatus(output.id(), AiOutputStatus.PAUSED, "incident: " + description, reportedBy, now());
    engine.call(() -> runtimeService.createMessageCorrelation(AiOutputPublicationProcess.MESSAGE_INCIDENT_REPORTED)
        .processInstanceBusinessKey(reference)
        .setVariable(Var.INCIDENT_DESCRIPTION, description)
        .correlateWithResult());
  }

  private static Instant now() {
    return ClockUtil.now().toInstant();
  }
}
