package com.synergycouncil.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.BusinessRegistrationNumber;
import com.synergycouncil.funding.FundingApprovalProcess;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The fund's work as its people do it over HTTP: an application as an SME sends it (one tranche, below 300 million
 * won so the CTOs vote), and the forms fund managers and executives submit in Tasklist. The users are the demo
 * council's (see {@code demo/DemoUsers}).
 */
public final class FundingWork {

  public static final String FUND_MANAGER = "fund-manager";
  public static final String FUND_MANAGER2 = "fund-manager2";
  public static final String SKT_CTO = "skt-cto";
  public static final String KAKAO_CTO = "kakao-cto";
  public static final String CHAIR = "skt-ceo";
  public static final String IP_OFFICER = "ip-officer";
  public static final String ADMIN = "admin";
  /** The test profile's administrator password: the same on every node and in PostgresIntegrationTests. */
  public static final String ADMIN_PASSWORD = "test-admin-password-0001";

  /** Where an application stands, in the order the process moves it. */
  public static final List<ApplicationStatus> PROGRESS = List.of(ApplicationStatus.SUBMITTED,
      ApplicationStatus.IN_DUE_DILIGENCE, ApplicationStatus.IN_COUNCIL, ApplicationStatus.AWARDED,
      ApplicationStatus.COMPLETED);


  private FundingWork() {
  }

  /** A valid application of a company of its own (a fresh business registration number), in one tranche. */
  public static Map<String, Object> application(String company, long amountWon) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("companyName", company);
    body.put("businessRegistrationNumber", newRegistrationNumber());
    body.put("esgCategory", "CIRCULAR_ECONOMY");
    body.put("description", "폐플라스틱 재활용 / Recycles waste plastic");
    body.put("requestedAmountWon", amountWon);
    body.put("employeeCount", 25);
    body.put("contact", Map.of("name", "김담당", "email", "contact@test.example"));
    body.put("tranches", List.of(Map.of("amountWon", amountWon, "milestone", "설비 가동 / Plant running")));
    body.put("impactGoals", List.of(Map.of("metric", "PLASTIC_RECYCLED_TONNES", "target", 40)));
    return body;
  }

  /** A random business registration number with a valid check digit. */
  public static String newRegistrationNumber() {
    String nine = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }

  public static Map<String, Object> dueDiligenceApproving() {
    return Map.of("impactScore", 4, "feasibilityScore", 4, "teamScore", 4, "financialScore", 4, "conflictFree", true,
        "recommendation", "APPROVE", "dueDiligenceSummary", "여러 노드 시험 / Due diligence in a multi-node test");
  }

  public static Map<String, Object> approve() {
    return Map.of("voteDecision", "APPROVE", "conflictDeclared", false);
  }

  public static Map<String, Object> milestoneAccepted() {
    return Map.of("reportSummary", "설비 가동 보고 / The plant runs as planned", "jobsCreated", 3,
        "ghgReducedTonnes", 1.5, "plasticRecycledTonnes", 12, "milestoneDecision", "ACCEPT");
  }

  /** The open task {@code taskKey} of the application {@code reference} that {@code user} can see, if any. */
  public static Optional<JsonNode> task(ProductClient user, String reference, String taskKey) throws IOException {
    List<JsonNode> tasks = user.tasks(Map.of("processInstanceBusinessKey", reference, "taskDefinitionKey", taskKey));
    if (tasks.size() > 1) {
      throw new AssertionError(user.user() + " sees " + tasks.size() + " " + taskKey + " tasks of " + reference);
    }
    return tasks.stream().findFirst();
  }

  public static Optional<JsonNode> dueDiligenceTask(ProductClient fundManager, String reference) throws IOException {
    return task(fundManager, reference, FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE);
  }

  public static Optional<JsonNode> voteTask(ProductClient executive, String reference) throws IOException {
    return task(executive, reference, CouncilDecisionProcess.TASK_CAST_VOTE);
  }

  public static Optional<JsonNode> milestoneTask(ProductClient fundManager, String reference) throws IOException {
    return task(fundManager, reference, FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT);
  }

  /** The application's status as {@code GET /api/funding/applications/{reference}} shows it. */
  public static ApplicationStatus status(ProductClient reader, String reference) throws IOException {
    return ApplicationStatus.valueOf(view(reader, reference).get("status").asText());
  }

  public static JsonNode view(ProductClient reader, String reference) throws IOException {
    return reader.get("/api/funding/applications/" + reference).expect(200).json();
  }

  /** Whether {@code status} is at least as far as {@code reached} on the way to an award. */
  public static boolean atLeast(ApplicationStatus status, ApplicationStatus reached) {
    return PROGRESS.contains(status) && PROGRESS.indexOf(status) >= PROGRESS.indexOf(reached);
  }

  /** Counted votes of {@code voter} on the application, open decision and recorded resolutions together. */
  public static long votesCastBy(JsonNode view, String voter) {
    long count = 0;
    for (JsonNode event : view.path("openCouncilEvents")) {
      count += isVoteBy(event, voter) ? 1 : 0;
    }
    for (JsonNode resolution : view.path("resolutions")) {
      for (JsonNode event : resolution.path("events")) {
        count += isVoteBy(event, voter) ? 1 : 0;
      }
    }
    return count;
  }

  private static boolean isVoteBy(JsonNode event, String voter) {
    return "VOTE_CAST".equals(event.path("type").asText()) && voter.equals(event.path("memberId").asText());
  }
}
