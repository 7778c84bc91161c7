package com.synergycouncil.patents;

import com.synergycouncil.patents.LicenceSuspensionProcess.Var;
import com.synergycouncil.patents.internal.Suspensions;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import com.synergycouncil.system.ReferenceNumbers;
import jakarta.validation.Validator;
import java.util.List;
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
  private final Validator validator;

  LicenceSuspensionService(Suspensions suspensions, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine, Validator validator) {
    this.suspensions = suspensions;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.validator = validator;
  }

  /** Who may report a licensee's lawsuit, through the API or the start form: IP officers and administrators. */
  public boolean mayReport(Person person) {
    return person.inAny(Groups.IP_OFFICERS, Groups.ADMINS);
  }

  /** Records the lawsuit and sends the LicenseeLawsuitReported message, all in one transaction; returns LS-YYYY-NNNN. */
  @Transactional
  public String report(String licensee, String suedPartner, String caseReference, String description,
      String reportedBy) {
    Registration registration = register(new LawsuitReport(licensee, suedPartner, caseReference, description),
        reportedBy);
    var instance = engine.call(() -> runtimeService.startProcessInstanceByMessage(
        LicenceSuspensionProcess.MESSAGE_LAWSUIT_REPORTED, registration.start().businessKey(),
        registration.start().variables()));
    suspensions.attachProcess(registration.id(), instance.getId());
    return registration.start().businessKey();
  }

  /**
   * A lawsuit a person reported through the process's start form in Tasklist: the API's rules (who may, Bean
   * Validation) and rows, in the transaction that starts the instance.
   */
  @Transactional
  public ProcessStart acceptFormStart(FormRequest<LawsuitReport> form, Person person, String processInstanceId) {
    if (!mayReport(person)) {
      throw FormStart.forbidden(person, "report licensees' lawsuits");
    }
    FormStart.check(validator, form, List.of());
    Registration registration = register(form.request(), person.userId());
    suspensions.attachProcess(registration.id(), processInstanceId);
    return registration.start();
  }

  private Registration register(LawsuitReport lawsuit, String reportedBy) {
    String reference = numbers.next(SERIES).toString();
    String licensee = lawsuit.licensee().trim();
    String caseReference = lawsuit.caseReference().trim();
    long id = suspensions.insert(reference, licensee, lawsuit.suedPartner(), caseReference,
        lawsuit.description().trim(), reportedBy, ClockUtil.now().toInstant());
    return new Registration(id, new ProcessStart(reference, Map.of(Var.SUSPENSION_ID, id, Var.SUSPENSION_REF,
        reference, Var.LICENSEE, licensee, Var.SUED_PARTNER, lawsuit.suedPartner(), Var.CASE_REFERENCE,
        caseReference)));
  }

  @Transactional(readOnly = true)
  public SuspensionView view(String reference) {
    return suspensions.view(reference).orElseThrow(
        () -> new ApiProblemException(HttpStatus.NOT_FOUND, "No licence suspension " + reference + "."));
  }

  private record Registration(long id, ProcessStart start) {
  }
}
