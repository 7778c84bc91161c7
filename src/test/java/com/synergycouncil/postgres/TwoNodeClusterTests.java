package com.synergycouncil.postgres;

import static com.synergycouncil.nodes.FundingWork.ADMIN_PASSWORD;
import static com.synergycouncil.nodes.FundingWork.CHAIR;
import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER;
import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER2;
import static com.synergycouncil.nodes.FundingWork.IP_OFFICER;
import static com.synergycouncil.nodes.FundingWork.KAKAO_CTO;
import static com.synergycouncil.nodes.FundingWork.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.RequiresPostgres;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.nodes.FundingWork;
import com.synergycouncil.nodes.ProductClient;
import com.synergycouncil.nodes.ProductProcess;
import com.synergycouncil.patents.PatentDisputeMediationProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the product on one PostgreSQL database form a cluster: Camunda's job executor runs on both and
 * takes jobs from the shared tables. Work goes through both nodes alternately, over HTTP as users do it; afterwards
 * every job ran once (the engine's job log and the side effects in the project's tables) and every task looked the
 * same from either node. The database may be shared with other tests: this class finds its data by its own references.
 */
@RequiresPostgres
class TwoNodeClusterTests {

  static final int APPLICATIONS = 4;
  static final long AMOUNT_WON = 20_000_000L;
  static final String PASSWORD = TestCouncil.PASSWORD;
  static final Duration PATIENCE = Duration.ofSeconds(90);

  static ProductProcess nodeA;
  static ProductProcess nodeB;

  /**
   * Node A first, then node B: the first start on an empty database creates the engine's schema, runs the project's
   * migrations and deploys the processes; the second finds all three in place (same deployment, no new version).
   */
  @BeforeAll
  static void startTwoNodes() {
    Path work = Path.of(System.getProperty("build.dir", "target"), "cluster");
    nodeA = ProductProcess.start("node-a", work.resolve("node-a"), ProductProcess.freePort(), arguments("node-a"));
    nodeB = ProductProcess.start("node-b", work.resolve("node-b"), ProductProcess.freePort(), arguments("node-b"));
  }

  @AfterAll
  static void stopThem() {
    for (ProductProcess node : new ProductProcess[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  /**
   * The postgres profile (COUNCIL_DB_* from the environment), the demo council's users with a known password, the job
   * executor on and not deployment-aware, the node's name in the engine's job log, a short cooling-off period for
   * disputes, and job acquisition that looks at least every 5 s when idle (default up to 60 s).
   */
  private static String[] arguments(String hostname) {
    return new String[] {"--spring.profiles.active=postgres,demo", "--council.demo.password=" + PASSWORD,
        "--council.security.admin-password=" + ADMIN_PASSWORD, "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.deployment-aware=false", "--camunda.bpm.job-execution.max-wait=5000",
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname, "--council.patents.cooling-off-period=PT5S"};
  }

  @Test
  void applicationsDrivenThroughBothNodesRunEachJobOnceAndShowTheSameTasksOnEither() throws Exception {
    ProductClient submitter = nodeA.client(FUND_MANAGER, PASSWORD);
    List<String> references = new ArrayList<>();
    for (int i = 1; i <= APPLICATIONS; i++) {
      references.add(submitter.post("/api/funding/applications",
          FundingWork.application("클러스터 시험 / Cluster Test " + i, AMOUNT_WON)).expect(201)
          .json().get("reference").asText());
    }
    String mine = String.join(",", references);

    // due diligence: submitted on A, the same tasks on B; claimed and completed on B
    List<String> dueDiligence = sameTasksOnBothNodes(FUND_MANAGER2,
        Map.of("processInstanceBusinessKeyIn", mine, "taskDefinitionKey", FundingApprovalProcess.TASK_PERFORM_DUE_DILIGENCE));
    assertThat(dueDiligence).hasSize(APPLICATIONS);
    ProductClient reviewerB = nodeB.client(FUND_MANAGER2, PASSWORD);
    for (String task : dueDiligence) {
      reviewerB.claim(task).expect(204);
      reviewerB.complete(task, FundingWork.dueDiligenceApproving()).expect(204);
    }

    // the votes: each CTO sees the same tasks from either node; the two votes of an application go through different
    // nodes, all at once, so both nodes' job executors race for the continuations
    Map<String, List<String>> votes = new TreeMap<>();
    for (String voter : List.of(SKT_CTO, KAKAO_CTO)) {
      votes.put(voter, sameTasksOnBothNodes(voter,
          Map.of("processInstanceBusinessKeyIn", mine, "taskDefinitionKey", CouncilDecisionProcess.TASK_CAST_VOTE)));
      assertThat(votes.get(voter)).as(voter).hasSize(APPLICATIONS);
    }
    List<Callable<ProductClient.Answer>> casts = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      String skt = votes.get(SKT_CTO).get(i);
      String kakao = votes.get(KAKAO_CTO).get(i);
      ProductProcess sktNode = i % 2 == 0 ? nodeA : nodeB;
      ProductProcess kakaoNode = i % 2 == 0 ? nodeB : nodeA;
      casts.add(() -> sktNode.client(SKT_CTO, PASSWORD).complete(skt, FundingWork.approve()));
      casts.add(() -> kakaoNode.client(KAKAO_CTO, PASSWORD).complete(kakao, FundingWork.approve()));
    }
    for (ProductClient.Answer answer : allAtOnce(casts)) {
      answer.expect(204);
    }

    // the tally, resolution and reservation run as jobs on whichever node takes them; the milestone review they lead
    // to is the same task from either node, and is completed through the node that did NOT run the reservation
    awaitStatus(references, ApplicationStatus.AWARDED);
    List<String> reviews = sameTasksOnBothNodes(FUND_MANAGER2,
        Map.of("processInstanceBusinessKeyIn", mine, "taskDefinitionKey", FundingApprovalProcess.TASK_REVIEW_MILESTONE_REPORT));
    assertThat(reviews).hasSize(APPLICATIONS);
    try (Connection db = database()) {
      ClusterRecords records = new ClusterRecords(db, references);
      for (String reference : references) {
        String ranTheReservation = records.hostOfSuccess(reference, FundingApprovalProcess.TASK_RESERVE_BUDGET);
        ProductProcess other = "node-a".equals(ranTheReservation) ? nodeB : nodeA;
        ProductClient reviewer = other.client(FUND_MANAGER2, PASSWORD);
        String task = FundingWork.milestoneTask(reviewer, reference).orElseThrow().get("id").asText();
        reviewer.claim(task).expect(204);
        reviewer.complete(task, FundingWork.milestoneAccepted()).expect(204);
        System.out.printf("%s: reservation ran on %s, its milestone review completed through %s%n", reference,
            ranTheReservation, other.name());
      }
      awaitStatus(references, ApplicationStatus.COMPLETED);

      for (String reference : references) {
        assertThat(records.successfulJobsByActivity(reference)).as("jobs of %s, each once", reference).isEqualTo(Map.of(
            CouncilDecisionProcess.TASK_CAST_VOTE, 2L, CouncilDecisionProcess.TASK_TALLY_VOTES, 1L,
            FundingApprovalProcess.TASK_RESERVE_BUDGET, 1L, FundingApprovalProcess.TASK_RELEASE_TRANCHE, 1L));
        assertThat(records.sideEffects(reference)).as("recorded once for %s", reference).isEqualTo(Map.of(
            "resolutions", 1L, "votes cast", 2L, "partners voting", 2L, "times awarded", 1L, "times completed", 1L,
            "reserved won", AMOUNT_WON, "disbursed won", AMOUNT_WON, "tranches released", 1L, "milestone reports", 1L));
      }
      assertThat(records.jobsNotRunExactlyOnce()).as("every job ran once, or was cancelled and never ran").isEmpty();
      assertThat(records.failuresOtherThanOptimisticLocking()).as("failed attempts").isEmpty();
      assertThat(records.incidents()).as("incidents").isZero();
      Map<String, Long> split = records.successfulJobsByHost();
      System.out.println("jobs run per node: " + split + "; optimistic-locking retries: "
          + records.optimisticLockingFailures());
      assertThat(split.keySet()).as("both nodes ran jobs").containsExactlyInAnyOrder("node-a", "node-b");
    }
  }

  @Test
  void aCoolingOffTimerFiresOnceOnWhicheverNodeTakesIt() throws Exception {
    ProductClient officerB = nodeB.client(IP_OFFICER, PASSWORD);
    ProductClient officerA = nodeA.client(IP_OFFICER, PASSWORD);
    JsonNode patents = officerB.get("/api/patents?size=1").expect(200).json();
    assertThat(patents).as("the demo portfolio").isNotEmpty();
    String reference = officerB.post("/api/patents/disputes", Map.of("claimantPartner", "SKT",
        "respondentPartner", "KAKAO", "patentNumber", patents.get(0).get("number").asText(),
        "grievance", "클러스터 시험의 분쟁 통지 / A dispute notice in the cluster test")).expect(201)
        .json().get("reference").asText();

    List<String> mediation = sameTasksOnBothNodes(CHAIR, Map.of("processInstanceBusinessKey", reference,
        "taskDefinitionKey", PatentDisputeMediationProcess.TASK_MEDIATE_DISPUTE));
    assertThat(mediation).hasSize(1);
    nodeB.client(CHAIR, PASSWORD).claim(mediation.get(0)).expect(204);
    nodeA.client(CHAIR, PASSWORD).complete(mediation.get(0), Map.of("mediationOutcome", "NOT_SETTLED",
        "mediationSummary", "합의에 이르지 못함 / No settlement reached")).expect(204);
    officerB.post("/api/patents/disputes/" + reference + "/assertions", Map.of("note", "숙려 기간 중 / during cooling-off"))
        .expect(409);

    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!"CLOSED".equals(officerA.get("/api/patents/disputes/" + reference).expect(200).json().get("status").asText())) {
      assertThat(System.nanoTime()).as("cooling-off over within %d s", PATIENCE.toSeconds()).isLessThan(deadline);
      Thread.sleep(250);
    }
    officerA.post("/api/patents/disputes/" + reference + "/assertions", Map.of("note", "숙려 기간 후 / after cooling-off"))
        .expect(201);

    try (Connection db = database()) {
      Map<String, Long> timer = ClusterRecords.timerRuns(db, reference);
      System.out.println("cooling-off timer of " + reference + " ran on: " + timer);
      assertThat(timer.values().stream().mapToLong(Long::longValue).sum()).as("timer runs").isEqualTo(1);
    }
  }

  /** The ids of the tasks {@code user} sees with {@code query}: the same on node A and on node B. */
  private static List<String> sameTasksOnBothNodes(String user, Map<String, String> query) throws IOException {
    List<String> onA = ids(nodeA.client(user, PASSWORD).tasks(query));
    List<String> onB = ids(nodeB.client(user, PASSWORD).tasks(query));
    assertThat(onB).as("%s's tasks on node B as on node A", user).isEqualTo(onA);
    return onA;
  }

  private static List<String> ids(List<JsonNode> tasks) {
    return tasks.stream().map(task -> task.get("id").asText()).sorted().toList();
  }

  private static List<ProductClient.Answer> allAtOnce(List<Callable<ProductClient.Answer>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ProductClient.Answer>> answers = new ArrayList<>();
      for (Callable<ProductClient.Answer> call : calls) {
        answers.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      List<ProductClient.Answer> done = new ArrayList<>();
      for (Future<ProductClient.Answer> answer : answers) {
        done.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
      }
      return done;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Polls (through both nodes in turn) until every application has reached {@code status}. */
  private static void awaitStatus(List<String> references, ApplicationStatus status) throws Exception {
    ProductClient[] readers = {nodeA.client(FUND_MANAGER, PASSWORD), nodeB.client(FUND_MANAGER, PASSWORD)};
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    for (int look = 0; ; look++) {
      Map<String, ApplicationStatus> statuses = new TreeMap<>();
      for (String reference : references) {
        statuses.put(reference, FundingWork.status(readers[look % 2], reference));
      }
      if (statuses.values().stream().allMatch(status::equals)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not all " + status + " within " + PATIENCE.toSeconds() + " s: " + statuses);
      }
      Thread.sleep(250);
    }
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(System.getenv("COUNCIL_DB_URL"), System.getenv("COUNCIL_DB_USER"),
        System.getenv("COUNCIL_DB_PASSWORD"));
  }
}
