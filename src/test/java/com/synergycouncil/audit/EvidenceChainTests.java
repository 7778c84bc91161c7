package com.synergycouncil.audit;

import static com.synergycouncil.TestCouncil.KAKAO_CTO;
import static com.synergycouncil.TestCouncil.SKT_CTO;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.ResolutionRegister;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chain over the register: intact while nobody touches the rows, recomputable from them with nothing but
 * SHA-256, and naming exactly the entry a database administrator changed behind the product's back.
 */
@ProcessTest
class EvidenceChainTests {

  private static final AtomicInteger SUBJECTS = new AtomicInteger();
  static final String RESTORE_RESOLUTION_TRIGGER = "create trigger resolution_append_only before update, delete on "
      + "resolution for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger'";
  static final String RESTORE_VOTE_TRIGGER = "create trigger council_vote_event_append_only before update, delete on "
      + "council_vote_event for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger'";

  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ResolutionRegister register;
  @Autowired EvidenceChain chain;
  @Autowired EvidenceChain head;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void isIntactAfterSeveralResolutionsAndAnyoneCanRecomputeIt() {
    List<String> numbers = List.of(decide("APPROVE", "찬성합니다 / In favour"),
        decide("REJECT", "두 줄 의견\nkey=value \\ 역슬래시 / two lines"), decide("ABSTAIN", null));

    ChainVerification verification = chain.verify();
    Recomputed recomputed = recompute();

    assertThat(verification.intact()).as(verification.summary()).isTrue();
    assertThat(verification.entries()).isEqualTo(recomputed.entries());
    assertThat(verification.headHash()).isEqualTo(recomputed.head()).isEqualTo(head.headHash());
    assertThat(verification.summary()).isEqualTo("intact, " + recomputed.entries() + " entries, head " + recomputed.head());
    assertThat(recomputed.chainedResolutions()).containsAll(numbers);
  }

  @Test
  void namesTheResolutionWhoseOutcomeWasChangedInTheDatabase() {
    String number = decide("APPROVE", "찬성 / For");
    long seq = seqOf(number);
    try {
      jdbc.sql("drop trigger resolution_append_only").update();
      jdbc.sql("update resolution set outcome = 'VETOED' where resolution_number = ?").param(number).update();

      ChainVerification verification = chain.verify();

      assertThat(verification.intact()).isFalse();
      assertThat(verification.firstDiscrepancy()).satisfies(discrepancy -> {
        assertThat(discrepancy.seq()).isEqualTo(seq);
        assertThat(discrepancy.kind()).isEqualTo("RESOLUTION");
        assertThat(discrepancy.ref()).isEqualTo(number);
        assertThat(discrepancy.problem()).startsWith("content:");
      });
      assertThat(verification.summary()).startsWith("broken at entry " + seq + " (RESOLUTION " + number + ")");
    } finally {
      jdbc.sql("update resolution set outcome = 'PASSED' where resolution_number = ?").param(number).update();
      jdbc.sql(RESTORE_RESOLUTION_TRIGGER).update();
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void namesTheResolutionWhoseVoteCommentWasChangedInTheDatabase() {
    String number = decide("APPROVE", "원래 의견 / The original comment");
    long seq = seqOf(number);
    long eventId = jdbc.sql("""
            select e.id from council_vote_event e join resolution r on r.decision_id = e.decision_id
            where r.resolution_number = ? and e.member_id = ?""").params(number, KAKAO_CTO).query(Long.class).single();
    try {
      jdbc.sql("drop trigger council_vote_event_append_only").update();
      jdbc.sql("update council_vote_event set comment = 'softened' where id = ?").param(eventId).update();

      ChainVerification.Discrepancy discrepancy = chain.verify().firstDiscrepancy();

      assertThat(discrepancy).isNotNull();
      assertThat(discrepancy.seq()).isEqualTo(seq);
      assertThat(discrepancy.ref()).isEqualTo(number);
    } finally {
      jdbc.sql("update council_vote_event set comment = ? where id = ?")
          .params("원래 의견 / The original comment", eventId).update();
      jdbc.sql(RESTORE_VOTE_TRIGGER).update();
    }
    assertThat(chain.verify().intact()).isTrue();
  }

  @Test
  void chainsSignedReportsAndConcurrentAppendsNeverForkIt() throws Exception {
    long before = chain.verify().entries();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> appended = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String ref = "IR-TEST-" + System.nanoTime() + "-" + i;
        appended.add(threads.submit(() -> chain.appendSignedReport(ref, sha256("signed PDF bytes of " + ref))));
      }
      for (Future<String> hash : appended) {
        assertThat(hash.get()).hasSize(64);
      }
    } finally {
      threads.shutdown();
    }

    ChainVerification verification = chain.verify();
    assertThat(verification.intact()).as(verification.summary()).isTrue();
    assertThat(verification.entries()).isEqualTo(before + 12);
    assertThat(verification.headHash()).isEqualTo(recompute().head());
  }

  /** The chain recomputed here from the documented format, independently of the product's code. */
  private Recomputed recompute() {
    List<Map<String, Object>> entries = jdbc.sql("select * from evidence_chain order by seq").query().listOfRows();
    String previous = "0".repeat(64);
    List<String> resolutions = new ArrayList<>();
    for (Map<String, Object> entry : entries) {
      String kind = (String) entry.get("KIND");
      String ref = (String) entry.get("ENTRY_REF");
      String content = (String) entry.get("CONTENT_SHA256");
      if (kind.equals("RESOLUTION")) {
        assertThat(sha256(canonical(ref))).as("content of %s", ref).isEqualTo(content);
        resolutions.add(ref);
      }
      assertThat(entry.get("PREVIOUS_HASH")).isEqualTo(previous);
      String hash = sha256(entry.get("SEQ") + "|" + kind + "|" + ref + "|" + content + "|" + previous);
      assertThat(entry.get("ENTRY_HASH")).as("entry %s", entry.get("SEQ")).isEqualTo(hash);
      previous = hash;
    }
    return new Recomputed(entries.size(), entries.isEmpty() ? "empty" : previous, resolutions);
  }

  private String canonical(String number) {
    Map<String, Object> r = jdbc.sql("select * from resolution where resolution_number = ?").param(number).query()
        .singleRow();
    StringBuilder text = new StringBuilder("format=synergy-council/resolution/v1\n");
    for (String column : List.of("resolution_number", "register_year", "register_seq", "decision_id", "subject_type",
        "subject_ref", "subject_title", "amount_won", "voting_tier", "outcome", "partners_approving",
        "partners_required", "rejections")) {
      line(text, column, r.get(column.toUpperCase()));
    }
    line(text, "decided_at", instant(number, "resolution", "decided_at", "resolution_number"));
    List<Map<String, Object>> events = jdbc.sql("select * from council_vote_event where decision_id = ? order by id")
        .param(r.get("DECISION_ID")).query().listOfRows();
    line(text, "events", events.size());
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> e = events.get(i);
      String prefix = "event." + (i + 1) + ".";
      for (String column : List.of("id", "partner_code", "member_id", "event_type", "vote", "comment",
          "conflict_reason", "recorded_by")) {
        line(text, prefix + column, e.get(column.toUpperCase()));
      }
      line(text, prefix + "recorded_at", instant(e.get("ID"), "council_vote_event", "recorded_at", "id"));
    }
    return text.toString();
  }

  private Object instant(Object key, String table, String column, String keyColumn) {
    return jdbc.sql("select " + column + " from " + table + " where " + keyColumn + " = ?").param(key)
        .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
  }

  private static void line(StringBuilder text, String key, Object value) {
    text.append(key);
    if (value != null) {
      text.append('=').append(value.toString().replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
    }
    text.append('\n');
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long seqOf(String number) {
    return jdbc.sql("select seq from evidence_chain where kind = 'RESOLUTION' and entry_ref = ?").param(number)
        .query(Long.class).single();
  }

  /** A council decision below 300 million won: SKT's CTO approves, Kakao's CTO votes {@code kakaoVote}. */
  private String decide(String kakaoVote, String comment) {
    String ref = "CHAIN-" + SUBJECTS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, ref, Map.of("subjectType", "FUNDING",
        "subjectRef", ref, "subjectTitle", "사슬 시험 / Chain test " + ref, "subjectSummary", "s",
        "amountWon", 100_000_000L, "amountDisplay", "1억 원", "excludedUsers", ""));
    vote(ref, SKT_CTO, "APPROVE", "찬성 / For");
    vote(ref, KAKAO_CTO, kakaoVote, comment);
    council.runDueJobs();
    return register.forSubject("FUNDING", ref).get(0).number();
  }

  private void vote(String ref, String voter, String choice, String comment) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(voter).singleResult();
    council.complete(task, voter, comment == null ? Map.of("voteDecision", choice, "conflictDeclared", false)
        : Map.of("voteDecision", choice, "conflictDeclared", false, "voteComment", comment));
  }

  record Recomputed(long entries, String head, List<String> chainedResolutions) {
  }
}
