package com.synergycouncil.patents;

import com.synergycouncil.patents.PatentDisputeMediationProcess.Var;
import com.synergycouncil.patents.internal.Disputes;
import com.synergycouncil.patents.internal.Patents;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.ReferenceNumbers;
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

  PatentDisputeService(Disputes disputes, Patents patents, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine, @Value("${council.patents.cooling-off-period:P30D}") String coolingOffPeriod) {
    this.disputes = disputes;
    this.patents = patents;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.coolingOffPeriod = coolingOffPeriod;
  }

  /** A notice by the claimant partner that it considers asserting a patent against the other: starts mediation. */
  @Transactional
  public String notice(String claimant, String respondent, String patentNumber, String grievance, String noticedBy) {
    if (claimant.equals(respondent)) {
      throw new InvalidRequestException(List.of(new FieldProblem("respondentPartner", "must be the other partner")));
    }
    Long patentId = patents.ids(List.of(patentNumber)).get(patentNumber);
    if (patentId == null) {
      throw new InvalidRequestException(List.of(new FieldProblem("patentNumber", "not in the portfolio")));
    }
    String reference = numbers.next(SERIES).toString();
    long id = disputes.insert(reference, claimant, respondent, patentId, grievance, noticedBy,
        ClockUtil.now().toInstant());
    var instance = engine.call(() -> runtimeService.startProcessInstanceByKey(PatentDisputeMediationProcess.KEY,
        reference, Map.of(Var.DISPUTE_ID, id, Var.DISPUTE_REF, reference, Var.PATENT_NUMBER, patentNumber,
            Var.COOLING_OFF_PERIOD, coolingOffPeriod)));
    disputes.attachProcess(id, instance.getId());
    return reference;
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
}
