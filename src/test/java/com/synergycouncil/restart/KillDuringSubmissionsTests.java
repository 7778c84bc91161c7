package com.synergycouncil.restart;

import static com.synergycouncil.nodes.FundingWork.ADMIN;
import static com.synergycouncil.nodes.FundingWork.ADMIN_PASSWORD;
import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER;
import static com.synergycouncil.nodes.FundingWork.FUND_MANAGER2;
import static com.synergycouncil.nodes.FundingWork.KAKAO_CTO;
import static com.synergycouncil.nodes.FundingWork.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.funding.ApplicationStatus;
import com.synergycouncil.nodes.FundingWork;
import com.synergycouncil.nodes.ProductClient;
import com.synergycouncil.nodes.ProductClient.Answer;
import com.synergycouncil.nodes.ProductProcess;
import com.synergycouncil.nodes.StuckInstances;
import com.synergycouncil.restart.Ledger.Entry;
import com.synergycouncil.restart.Ledger.Kind;
import com.synergycouncil.restart.Ledger.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during a stream of submissions and votes, then a restart on the same H2 file (the product's default
 * database, {@code ./data/council} under the node's working directory): every acknowledged request is there, a request
 * that got no answer happened entirely or not at all, no process instance is stuck without a task, job or incident,
 * and the stream then finishes on the restarted node. The product runs as a process of its own (SIGKILL needs one).
 */
class KillDuringSubmissionsTests {

  static final int CLIENTS = 3;
  static final int WRITES_BEFORE_THE_KILL = 12;
  static final int VOTES_BEFORE_THE_KILL = 2;
  static final String PASSWORD = TestCouncil.PASSWORD;
  /**
   * The demo council (users, roles) with a known password; jobs a killed node had locked are taken again 20 s after
   * they were locked instead of the default 5 minutes, so the stream can finish within the test.
   */
  static final String[] ARGUMENTS = {"--spring.profiles.active=demo", "--council.demo.password=" + PASSWORD,
      "--council.security.admin-password=" + ADMIN_PASSWORD, "--camunda.bpm.job-execution.enabled=true",
      "--camunda.bpm.job-execution.lock-time-in-millis=20000"};

  @TempDir Path dir;

  @Test
  void everyAcknowledgedRequestOutlivesAKillDuringTheStream() throws Exception {
    Ledger ledger = new Ledger();
    ProductProcess first = ProductProcess.start("kill-9", dir, ProductProcess.freePort(), ARGUMENTS);
    int exit;
    try {
      SubmissionStream stream = new SubmissionStream(first, ledger, PASSWORD);
      for (int client = 1; client <= CLIENTS; client++) {
        stream.submitContinuously(client);
      }
      // after a number of acknowledged writes that differs from run to run (so the kill may hit a submission, a claim,
      // a due diligence or a vote), votes among them, kill the node while it is busy with a write: freeze it
      // (SIGSTOP), let answers already on their way arrive, and SIGKILL it only if a write is still unanswered
      int killAfter = WRITES_BEFORE_THE_KILL + ThreadLocalRandom.current().nextInt(WRITES_BEFORE_THE_KILL);
      System.out.println("killing after " + killAfter + " acknowledged writes");
      exit = -1;
      while (exit < 0) {
        awaitUntil(() -> stream.failed() || ledger.acknowledged() >= killAfter
            && ledger.count(Kind.VOTE, Outcome.ACKNOWLEDGED) >= VOTES_BEFORE_THE_KILL
            && stream.aWriteInFlightFor(Duration.ofMillis(5)), Duration.ofSeconds(180), 1, "writes in the stream");
        assertThat(stream.failed()).as("a client failed before the kill: %s", ledger.summary()).isFalse();
        first.pause();
        Thread.sleep(200);
        if (stream.aWriteInFlightFor(Duration.ZERO)) {
          exit = first.kill9();
        } else {
          first.resume();
        }
      }
      stream.stop();
      stream.awaitEnd(Duration.ofSeconds(90));
    } finally {
      first.close();
    }
    assertThat(exit).as("SIGKILL ends the JVM with 128 + 9").isEqualTo(ProductProcess.SIGKILL_EXIT);
    assertThat(ledger.with(Outcome.UNANSWERED)).as("writes in flight when the node died; %s", ledger.summary())
        .isNotEmpty();
    System.out.println("kill -9 during the stream: " + ledger.summary());

    try (ProductProcess second = first.restart()) {
      ProductClient fundManager = second.client(FUND_MANAGER, PASSWORD);
      ProductClient admin = second.client(ADMIN, ADMIN_PASSWORD);

      retryUnansweredSubmissions(ledger, fundManager);
      for (Entry entry : ledger.entries()) {
        if (entry.acknowledged()) {
          assertThere(entry, second);
        } else if (entry.outcome() == Outcome.UNANSWERED) {
          assertAllOrNothing(entry, second);
        }
      }
      assertThat(StuckInstances.in(admin)).as("instances without task, job or incident after the restart").isEmpty();

      SubmissionStream rest = new SubmissionStream(second, ledger, PASSWORD);
      List<List<String>> shares = shares(ledger.references());
      for (int client = 1; client <= CLIENTS; client++) {
        rest.finish(client, shares.get(client - 1), 1);
      }
      rest.awaitEnd(Duration.ofSeconds(180));
      List<String> references = ledger.references();
      awaitUntil(() -> allAwarded(fundManager, references), Duration.ofSeconds(120), 250, "every application awarded");
      for (String reference : references) {
        assertDecidedOnce(FundingWork.view(fundManager, reference));
      }
      assertThat(StuckInstances.in(admin)).as("instances without task, job or incident at the end").isEmpty();
      System.out.println("after the restart: " + ledger.summary() + " " + references.size() + " applications awarded");
    }
    assertTheDatabaseHoldsNoHalfWrittenApplication(ledger.references());
  }

  /** A submission that got no answer is sent again with its Idempotency-Key, as a careful client would. */
  private static void retryUnansweredSubmissions(Ledger ledger, ProductClient fundManager) throws IOException {
    for (Entry entry : ledger.entries()) {
      if (entry.kind() != Kind.SUBMIT || entry.acknowledged()) {
        continue;
      }
      Answer retry = fundManager.post("/api/funding/applications", entry.body(), "Idempotency-Key",
          entry.idempotencyKey());
      if (entry.outcome() == Outcome.NOT_SENT) {
        assertThat(retry.status()).as("never sent, so created now: %s", retry).isEqualTo(201);
      } else {
        // it either happened before the kill (the first submission answers) or not at all (created now)
        assertThat(retry.status()).as("retry of %s: %s", entry, retry).isIn(200, 201);
        if (retry.status() == 200) {
          assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }
      }
      System.out.println("retried " + entry.idempotencyKey() + ": " + retry.status());
      ledger.add(new Entry(entry.client(), Kind.SUBMIT, retry.json().get("reference").asText(), null, FUND_MANAGER,
          entry.idempotencyKey(), entry.body(), Outcome.ACKNOWLEDGED, retry.status(), "retried after restart", -1));
    }
  }

  /** What the client was told happened is there, at least as far as it was then. */
  private static void assertThere(Entry entry, ProductProcess node) throws IOException {
    ProductClient reader = node.client(FUND_MANAGER, PASSWORD);
    Answer answer = reader.get("/api/funding/applications/" + entry.reference());
    assertThat(answer.status()).as("%s", entry).isEqualTo(200);
    JsonNode view = answer.json();
    ApplicationStatus status = ApplicationStatus.valueOf(view.get("status").asText());
    switch (entry.kind()) {
      case SUBMIT -> {
        assertThat(FundingWork.atLeast(status, ApplicationStatus.IN_DUE_DILIGENCE)).as("%s is %s", entry, status).isTrue();
        assertThat(view.get("submittedBy").asText()).isEqualTo(FUND_MANAGER);
      }
      case CLAIM -> {
        var task = FundingWork.dueDiligenceTask(node.client(FUND_MANAGER2, PASSWORD), entry.reference());
        task.ifPresent(open -> assertThat(open.get("assignee").asText()).as("%s", entry).isEqualTo(FUND_MANAGER2));
      }
      case DUE_DILIGENCE -> {
        assertThat(FundingWork.atLeast(status, ApplicationStatus.IN_COUNCIL)).as("%s is %s", entry, status).isTrue();
        assertThat(view.path("dueDiligence").path("reviewer").asText()).as("%s", entry).isEqualTo(FUND_MANAGER2);
        assertThat(FundingWork.dueDiligenceTask(node.client(FUND_MANAGER2, PASSWORD), entry.reference())).isEmpty();
      }
      case VOTE -> {
        assertThat(FundingWork.votesCastBy(view, entry.user())).as("%s", entry).isEqualTo(1);
        assertThat(FundingWork.voteTask(node.client(entry.user(), PASSWORD), entry.reference())).as("%s", entry)
            .isEmpty();
      }
    }
  }

  /** A write that got no answer happened entirely (its record and its next step) or not at all (its task still open). */
  private static void assertAllOrNothing(Entry entry, ProductProcess node) throws IOException {
    if (entry.kind() == Kind.SUBMIT) {
      return; // retried with its Idempotency-Key above; the database check at the end finds any half-written one
    }
    JsonNode view = FundingWork.view(node.client(FUND_MANAGER, PASSWORD), entry.reference());
    ApplicationStatus status = ApplicationStatus.valueOf(view.get("status").asText());
    switch (entry.kind()) {
      case CLAIM -> {
        var task = FundingWork.dueDiligenceTask(node.client(FUND_MANAGER2, PASSWORD), entry.reference());
        assertThat(task).as("%s: the task is still there, claimed or not", entry).isPresent();
      }
      case DUE_DILIGENCE -> {
        boolean recorded = !view.path("dueDiligence").isMissingNode() && !view.path("dueDiligence").isNull();
        boolean open = FundingWork.dueDiligenceTask(node.client(FUND_MANAGER2, PASSWORD), entry.reference()).isPresent();
        assertThat(recorded).as("%s: recorded %s, task open %s, status %s", entry, recorded, open, status)
            .isNotEqualTo(open);
        assertThat(FundingWork.atLeast(status, ApplicationStatus.IN_COUNCIL)).isEqualTo(recorded);
      }
      case VOTE -> {
        long votes = FundingWork.votesCastBy(view, entry.user());
        var task = FundingWork.voteTask(node.client(entry.user(), PASSWORD), entry.reference());
        assertThat(votes).as("%s", entry).isBetween(0L, 1L);
        assertThat(task.isPresent()).as("%s: %d vote(s) recorded, task open %s", entry, votes, task.isPresent())
            .isEqualTo(votes == 0);
        task.ifPresent(open -> assertThat(open.get("id").asText()).isEqualTo(entry.taskId()));
      }
      default -> throw new IllegalStateException();
    }
  }

  /** The council decided once: one resolution, passed, with one vote of each CTO; awarded once. */
  private static void assertDecidedOnce(JsonNode view) {
    String reference = view.get("reference").asText();
    assertThat(view.get("status").asText()).as(reference).isEqualTo("AWARDED");
    assertThat(view.get("resolutions")).as(reference).hasSize(1);
    assertThat(view.get("resolutions").get(0).get("outcome").asText()).isEqualTo("PASSED");
    assertThat(FundingWork.votesCastBy(view, SKT_CTO)).as(reference).isEqualTo(1);
    assertThat(FundingWork.votesCastBy(view, KAKAO_CTO)).as(reference).isEqualTo(1);
    List<String> awarded = new ArrayList<>();
    view.get("history").forEach(change -> {
      if ("AWARDED".equals(change.get("status").asText())) {
        awarded.add(change.toString());
      }
    });
    assertThat(awarded).as(reference).hasSize(1);
  }

  /** After a clean stop, the file itself: every application has its process, and none exists that no client knows. */
  private void assertTheDatabaseHoldsNoHalfWrittenApplication(List<String> references) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("data").resolve("council").toAbsolutePath();
    try (Connection db = DriverManager.getConnection(url, "council", ""); Statement sql = db.createStatement()) {
      assertThat(strings(sql, "select reference from funding_application where process_instance_id is null"))
          .as("applications without a process").isEmpty();
      assertThat(strings(sql, """
          select a.reference from funding_application a
          where not exists (select 1 from ACT_HI_PROCINST p where p.ID_ = a.process_instance_id)"""))
          .as("applications whose process is unknown to the engine").isEmpty();
      assertThat(strings(sql, """
          select reference from funding_application
          where idempotency_key like 'kill-%' or idempotency_key like 'after-restart-%' order by reference"""))
          .as("the stream's applications are exactly those the clients know").containsExactlyElementsOf(references);
      assertThat(strings(sql, """
          select a.reference from funding_application a
          where a.status = 'AWARDED' and a.requested_amount_won <>
            (select coalesce(sum(c.amount_won), 0) from fund_commitment c where c.application_id = a.id)"""))
          .as("awards reserved other than once").isEmpty();
    }
  }

  private static List<String> strings(Statement sql, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static boolean allAwarded(ProductClient reader, List<String> references) {
    try {
      for (String reference : references) {
        if (FundingWork.status(reader, reference) != ApplicationStatus.AWARDED) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The references dealt out to the clients, round robin. */
  private static List<List<String>> shares(List<String> references) {
    List<List<String>> shares = new ArrayList<>();
    for (int client = 0; client < CLIENTS; client++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < references.size(); i++) {
      shares.get(i % CLIENTS).add(references.get(i));
    }
    return shares;
  }

  private static void awaitUntil(BooleanSupplier condition, Duration patience, long pollMillis, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + patience.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + patience.toSeconds() + " s: " + what);
      }
      Thread.sleep(pollMillis);
    }
  }
}
