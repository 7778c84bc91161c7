package com.synergycouncil.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.council.ResolutionRegister;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import com.synergycouncil.funding.internal.FundingApplications;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.Groups;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.Person;
import com.synergycouncil.system.ProcessStart;
import com.synergycouncil.system.ReferenceNumbers;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes funding applications in, starts their approval process, answers for their status and takes withdrawals.
 * A submission and the start of its process are one transaction: either both happen or neither does.
 */
@Service
public class FundingApplicationService {

  static final String SERIES = "FA";
  /** The idempotency key of a start form's submission: the same application submitted again creates nothing. */
  static final String FORM_KEY_PREFIX = "form:";

  private final FundingApplications applications;
  private final ReferenceNumbers numbers;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final ResolutionRegister register;
  private final ObjectMapper objectMapper;
  private final Validator validator;

  FundingApplicationService(FundingApplications applications, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine, ResolutionRegister register, ObjectMapper objectMapper, Validator validator) {
    this.applications = applications;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.register = register;
    this.objectMapper = objectMapper;
    this.validator = validator;
  }

  /**
   * Who may submit an application, through the API or the start form: fund managers take applications in, an
   * executive may sponsor one (and then may not vote on it), administrators may do anything.
   */
  public boolean maySubmit(Person person) {
    return person.inAny(Groups.FUND_MANAGERS, Groups.ADMINS) || person.isExecutive();
  }

  /**
   * Submits an application. With an idempotency key, a retry of the same request returns the first submission
   * and creates nothing; the same key with a different request is refused (422).
   */
  @Transactional
  public Submission submit(FundingApplicationRequest request, String submittedBy, String idempotencyKey) {
    var problems = request.crossFieldProblems();
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Registration registration = register(request, submittedBy, idempotencyKey);
    if (registration.replayed()) {
      return new Submission(registration.reference(), true);
    }
    ProcessInstance instance = engine.call(() -> runtimeService.startProcessInstanceByKey(FundingApprovalProcess.KEY,
        registration.start().businessKey(), registration.start().variables()));
    applications.attachProcess(registration.id(), instance.getId());
    return new Submission(registration.reference(), false);
  }

  /**
   * An application a person submitted through the process's start form in Tasklist: the API's rules (who may
   * submit, Bean Validation, tranches adding up, metrics not repeated) and the API's rows, in the transaction
   * that starts the process instance. The same application submitted again by the same person creates nothing.
   */
  @Transactional
  public ProcessStart acceptFormStart(FormRequest<FundingApplicationRequest> form, Person person,
      String processInstanceId) {
    if (!maySubmit(person)) {
      throw FormStart.forbidden(person, "submit funding applications");
    }
    FundingApplicationRequest request = form.request();
    FormStart.check(validator, form, request.crossFieldProblems());
    Registration registration = register(request, person.userId(), FORM_KEY_PREFIX + hash(request));
    if (registration.replayed()) {
      throw new ApiProblemException(HttpStatus.CONFLICT, "이미 접수된 신청입니다 / This application was already "
          + "submitted as " + registration.reference() + ": nothing new was created.");
    }
    applications.attachProcess(registration.id(), processInstanceId);
    return registration.start();
  }

  /** Draws the reference and writes the application, unless the idempotency key names an earlier submission. */
  private Registration register(FundingApplicationRequest request, String submittedBy, String idempotencyKey) {
    String hash = hash(request);
    if (idempotencyKey != null) {
      var earlier = applications.findByIdempotencyKey(submittedBy, idempotencyKey);
      if (earlier.isPresent()) {
        if (!earlier.get().requestHash().equals(hash)) {
          throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
              "Idempotency-Key " + idempotencyKey + " was already used for a different application.");
        }
        return new Registration(0, earlier.get().reference(), true, null);
      }
    }
    String reference = numbers.next(SERIES).toString();
    long id = applications.insert(reference, request, submittedBy, ClockUtil.now().toInstant(), idempotencyKey, hash);
    return new Registration(id, reference, false, new ProcessStart(reference, Map.of(Var.APPLICATION_ID, id,
        Var.APPLICATION_REF, reference, Var.SUBMITTED_BY, submittedBy, Var.EXCLUDED_USERS, submittedBy)));
  }

  @Transactional(readOnly = true)
  public FundingApplicationView view(String reference) {
    FundingApplication application = applications.findByReference(reference)
        .orElseThrow(() -> notFound(reference));
    long id = application.id();
    return new FundingApplicationView(application.reference(), application.companyName(),
        application.businessRegistrationNumber(), application.esgCategory(), application.description(),
        application.requestedAmountWon(), application.employeeCount(),
        new FundingApplicationView.Contact(application.contactName(), application.contactEmail(),
            application.contactPhone()),
        application.status(), application.statusReason(), application.submittedBy(), application.submittedAt(),
        applications.tranches(id), applications.impactGoals(id), applications.dueDiligence(id).orElse(null),
        applications.milestoneReports(id), applications.history(id),
        register.forSubject(FundingApprovalProcess.SUBJECT_TYPE, reference),
        register.openEvents(FundingApprovalProcess.SUBJECT_TYPE, reference));
  }

  /** Withdraws an application at the applicant's request; possible until the last tranche is released. */
  @Transactional
  public void withdraw(String reference, String reason, String withdrawnBy) {
    FundingApplication application = applications.findByReference(reference).orElseThrow(() -> notFound(reference));
    if (application.status().isFinal()) {
      throw new ApiProblemException(HttpStatus.CONFLICT,
          "Application " + reference + " is " + application.status() + " and can no longer be withdrawn.");
    }
    engine.call(() -> runtimeService.createMessageCorrelation(FundingApprovalProcess.MESSAGE_WITHDRAWN)
        .processInstanceBusinessKey(reference)
        .setVariable(Var.WITHDRAWAL_REASON, reason)
        .setVariable(Var.WITHDRAWN_BY, withdrawnBy)
        .correlateWithResult());
  }

  private String hash(FundingApplicationRequest request) {
    try {
      byte[] canonical = objectMapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash the request", e);
    }
  }

  private static ApiProblemException notFound(String reference) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, "No funding application " + reference + ".");
  }

  private record Registration(long id, String reference, boolean replayed, ProcessStart start) {
  }

  /** The outcome of a submission: its reference, and whether it is a replay of an earlier one. */
  public record Submission(String reference, boolean replayed) {
  }
}
