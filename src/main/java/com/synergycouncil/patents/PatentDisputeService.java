package com.synergycouncil.patents;

import com.synergycouncil.patents.PatentDisputeMediationProcess.Var;
import com.synergycouncil.patents.internal.Disputes;
import com.synergycouncil.patents.internal.Patents;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import com.synergycouncil.system.ReferenceNumbers;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The no-dispute pledge: a notice starts mediation before any assertion between the partners, and no assertion is
 * recorded while mediation (or its cooling-off period) is open, nor after a settlement.
 */
@Service
public class PatentDisputeService {

  static final String SERIES = "PD";

  private final Disputes disputes;
  private final Patents patents;
  private final ReferenceNumbers numbers;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final String coolingOffPeriod;
  private final Validator validator;

  PatentDisputeService(Disputes disputes, Patents patents, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine, @Value("${council.patents.cooling-off-period:P30D}") String coolingOffPeriod,
      Validator validator) {
    this.disputes = disputes;
    this.patents = patents;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.coolingOffPeriod = coolingOffPeriod;
    this.validator = validator;
  }

  /** Who may give notice of a dispute, through the API or the start form: IP officers and administrators. */
  public boolean mayNotice(Person person) {
    return person.inAny(Groups.IP_OFFICERS, Groups.ADMINS);
  }

  /** A notice by the claimant partner that it considers asserting a patent against the other: starts mediation. */
  @Transactional
  public String notice(String claimant, String respondent, String patentNumber, String grievance, String noticedBy) {
    List<FieldProblem> problems = problems(claimant, respondent);
    Long patentId = problems.isEmpty() ? patentId(patentNumber, problems) : null;
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Registration registration = register(claimant, respondent, patentNumber, patentId, grievance, noticedBy);
    var instance = engine.call(() -> runtimeService.startProcessInstanceByKey(PatentDisputeMediationProcess.KEY,
        registration.start().businessKey(), registration.start().variables()));
    disputes.attachProcess(registration.id(), instance.getId());
    return registration.start().businessKey();
  }

  /**
   * A notice a person gave through the process's start form in Tasklist: the API's rules (who may, Bean
   * Validation, the other partner, a patent of the portfolio) and rows, in the transaction that starts the instance.
   */
  @Transactional
  public ProcessStart acceptFormStart(FormRequest<DisputeNotice> form, Person person, String processInstanceId) {
    if (!mayNotice(person)) {
      throw FormStart.forbidden(person, "give notice of patent disputes");
    }
    DisputeNotice notice = form.request();
    List<FieldProblem> problems = problems(notice.claimantPartner(), notice.respondentPartner());
    Long patentId = notice.patentNumber() == null ? null : patentId(notice.patentNumber(), problems);
    FormStart.check(validator, form, problems);
    Registration registration = register(notice.claimantPartner(), notice.respondentPartner(), notice.patentNumber(),
        patentId, notice.grievance(), person.userId());
    disputes.attachProcess(registration.id(), processInstanceId);
    return registration.start();
  }

  private static List<FieldProblem> problems(String claimant, String respondent) {
    List<FieldProblem> problems = new ArrayList<>();
    if (claimant != null && claimant.equals(respondent)) {
      problems.add(new FieldProblem("respondentPartner", "must be the other partner"));
    }
    return problems;
  }

  private Long patentId(String patentNumber, List<FieldProblem> problems) {
    Long patentId = patents.ids(List.of(patentNumber)).get(patentNumber);
    if (patentId == null) {
      problems.add(new FieldProblem("patentNumber", "not in the portfolio"));
    }
    return patentId;
  }

  private Registration register(String claimant, String respondent, String patentNumber, long patentId,
      String grievance, String noticedBy) {
    String reference = numbers.next(SERIES).toString();
    long id = disputes.insert(reference, claimant, respondent, patentId, grievance, noticedBy,
        ClockUtil.now().toInstant());
    return new Registration(id, new ProcessStart(reference, Map.of(Var.DISPUTE_ID, id, Var.DISPUTE_REF, reference,
        Var.PATENT_NUMBER, patentNumber, Var.COOLING_OFF_PERIOD, coolingOffPeriod)));
  }

  /** Records that the claimant asserts its patent: refused (409) while mediation is open or after a settlement. */
  @Transactional
  public DisputeView recordAssertion(String reference, String recordedBy, String note) {
    DisputeView dispute = disputes.lock(reference).orElseThrow(() -> notFound(reference));
    if (dispute.mediationOpen()) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "Dispute " + reference + " is in " + dispute.status()
          + ": no assertion may be recorded until mediation and its cooling-off period are over.");
    }
    if ("SETTLED".equals(dispute.outcome())) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "Dispute " + reference + " was settled in mediation.");
    }
    disputes.recordAssertion(reference, recordedBy, note, ClockUtil.now().toInstant());
    return view(reference);
  }

  @Transactional(readOnly = true)
  public DisputeView view(String reference) {
    return disputes.view(reference).orElseThrow(() -> notFound(reference));
  }

  private static ApiProblemException notFound(String reference) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, "No patent dispute " + reference + ".");
  }

  private record Registration(long id, ProcessStart start) {
  }
}
