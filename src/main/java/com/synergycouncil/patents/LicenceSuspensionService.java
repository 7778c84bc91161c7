package com.synergycouncil.patents;

import com.synergycouncil.patents.LicenceSuspensionProcess.Var;
import com.synergycouncil.patents.internal.Suspensions;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.ReferenceNumbers;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defensive termination: a reported lawsuit of a licensee against a partner suspends the licensee's licences that
 * carry defensive termination, and the council chair confirms (licences terminated) or lifts the suspension.
 */
@Service
public class LicenceSuspensionService {

  static final String SERIES = "LS";

  private final Suspensions suspensions;
  private final ReferenceNumbers numbers;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;

  LicenceSuspensionService(Suspensions suspensions, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine) {
    this.suspensions = suspensions;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  /** Records the lawsuit and sends the LicenseeLawsuitReported message, all in one transaction; returns LS-YYYY-NNNN. */
  @Transactional
  public String report(String licensee, String suedPartner, String caseReference, String description,
      String reportedBy) {
    String reference = numbers.next(SERIES).toString();
    long id = suspensions.insert(reference, licensee.trim(), suedPartner, caseReference.trim(), description.trim(),
        reportedBy, ClockUtil.now().toInstant());
    var instance = engine.call(() -> runtimeService.startProcessInstanceByMessage(
        LicenceSuspensionProcess.MESSAGE_LAWSUIT_REPORTED, reference,
        Map.of(Var.SUSPENSION_ID, id, Var.SUSPENSION_REF, reference, Var.LICENSEE, licensee.trim(),
            Var.SUED_PARTNER, suedPartner, Var.CASE_REFERENCE, caseReference.trim())));
    suspensions.attachProcess(id, instance.getId());
    return reference;
  }

  @Transactional(readOnly = true)
  public SuspensionView view(String reference) {
    return suspensions.view(reference).orElseThrow(
        () -> new ApiProblemException(HttpStatus.NOT_FOUND, "No licence suspension " + reference + "."));
  }
}
