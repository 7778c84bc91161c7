package com.synergycouncil.funding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.synergycouncil.council.ResolutionRegister;
import com.synergycouncil.funding.FundingApprovalProcess.Var;
import com.synergycouncil.funding.internal.FundingApplications;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.EngineAsSystem;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.ReferenceNumbers;
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

  private final FundingApplications applications;
  private final ReferenceNumbers numbers;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final ResolutionRegister register;
  private final ObjectMapper objectMapper;

  FundingApplicationService(FundingApplications applications, ReferenceNumbers numbers, RuntimeService runtimeService,
      EngineAsSystem engine, ResolutionRegister register, ObjectMapper objectMapper) {
    this.applications = applications;
    this.numbers = numbers;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.register = register;
    this.objectMapper = objectMapper;
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
    String hash = hash(request);
    if (idempotencyKey != null) {
      var earlier = applications.findByIdempotencyKey(submittedBy, idempotencyKey);
      if (earlier.isPresent()) {
        if (!earlier.get().requestHash().equals(hash)) {
          throw new ApiProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
              "Idempotency-Key " + idempotencyKey + " was already used for a different application.");
        }
        return new Submission(earlier.get().reference(), true);
      }
    }
    String reference = numbers.next(SERIES).toString();
    long id = applications.insert(reference, request, submittedBy, ClockUtil.now().toInstant(), idempotencyKey, hash);
    ProcessInstance instance = engine.call(() -> runtimeService.startProcessInstanceByKey(FundingApprovalProcess.KEY,
        reference, Map.of(Var.APPLICATION_ID, id, Var.APPLICATION_REF, reference, Var.SUBMITTED_BY, submittedBy,
            Var.EXCLUDED_USERS, submittedBy)));
    applications.attachProcess(id, instance.getId());
    return new Submission(reference, false);
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

  /** The outcome of a submission: its reference, and whether it is a replay of an earlier one. */
  public record Submission(String reference, boolean replayed) {
  }
}
