package com.synergycouncil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditTrail;
import com.synergycouncil.audit.EvidenceChain;
import com.synergycouncil.benchmarks.StatementCounter.Counts;
import com.synergycouncil.benchmarks.StatementCounter.Measured;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.ResolutionRegister;
import com.synergycouncil.council.Role;
import com.synergycouncil.funding.Fund;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApprovalProcess;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportDataCollector;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.system.Groups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * No query per row: each call is counted (statements by SQL text) at a small and a large size, and every statement
 * whose count differs is listed. A statement that runs once per item (an N+1) shows up as growing with the items;
 * what may grow is the process's own work per branch or per wait state, named as such in the table.
 *
 * <ul>
 *   <li>an application with 1 against 3 tranches and impact goals: submitted, then viewed after its whole path;
 *   <li>a council decision with 2 against 4 partners voting (one vote each);
 *   <li>the lists and reads over everything: the audit trail page, its CSV export and one request's story, the
 *       application view with its resolutions, the evidence-chain check, the quarterly report's data collection
 *       and the fund balance, with 10 against 100 applications that went the whole path.
 * </ul>
 *
 * <p>{@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=QueryPerRowBenchmark}
 */
class QueryPerRowBenchmark {

  static final int SMALL = 10;
  static final int LARGE = 100;
  static final String BENCH_PARTNER = "BENCH";

  private final List<Check> checks = new ArrayList<>();

  @Test
  void noStatementRunsOncePerRow() {
    try (BenchmarkProduct product = BenchmarkProduct.start("QueryPerRowBenchmark")) {
      StatementCounter counter = product.statements();
      FundingPath path = new FundingPath(product);
      path.fund(); // warm-up: every statement prepared once

      tranchesAndGoals(product, path, counter);
      partners(product, counter);
      lists(product, path, counter);

      String machine = BenchmarkTable.machine(product.database());
      BenchmarkTable summary = new BenchmarkTable("Statements per call at two sizes", machine)
          .columns("call", "small", "statements", "large", "statements", "growing statements", "verdict");
      BenchmarkTable growth = new BenchmarkTable("Statements whose count grows with the size", machine)
          .columns("call", "small → large", "statement");
      for (Check check : checks) {
        Map<String, Long> grown = check.growth();
        summary.row(check.call, check.smallSize, check.small.total(), check.largeSize, check.large.total(),
            grown.size(), check.verdict());
        grown.forEach((sql, delta) -> growth.row(check.call + (check.allowed.statements().test(sql) ? "" : " **per row**"),
            "%d → %d".formatted(check.small.bySql().getOrDefault(sql, 0L), check.large.bySql().getOrDefault(sql, 0L)),
            "`" + FundingPathBenchmark.abbreviate(sql) + "`"));
      }
      summary.note("counted on the calling thread, after one warm-up path; statements by SQL text");
      BenchmarkTable.write(QueryPerRowBenchmark.class, summary, growth);

      for (Check check : checks) {
        assertThat(check.unexpected()).as(check.call + ": statements that grow with the rows").isEmpty();
      }
    }
  }

  /** An application's tranches and goals: written at submission, read by the view. */
  private void tranchesAndGoals(BenchmarkProduct product, FundingPath path, StatementCounter counter) {
    Measured<String> one = counter.measure(() -> path.submit(FundingPath.request(1, 1)));
    Measured<String> three = counter.measure(() -> path.submit(FundingPath.request(3, 3)));
    checks.add(new Check("submit an application", "1 tranche, 1 goal", one.counts(), "3 tranches, 3 goals",
        three.counts(), NOTHING));
    for (String ref : List.of(one.result(), three.result())) {
      path.dueDiligence(ref);
      path.voteAll(ref);
      int tranches = product.bean(FundingApplicationService.class).view(ref).tranches().size();
      for (int i = 0; i < tranches; i++) {
        path.milestone(ref);
      }
      path.assertCompleted(ref);
    }
    FundingApplicationService applications = product.bean(FundingApplicationService.class);
    checks.add(new Check("application view (GET /api/funding/applications/{ref})",
        "1 tranche, 1 goal, 1 milestone report", counter.measure(() -> applications.view(one.result())).counts(),
        "3 tranches, 3 goals, 3 milestone reports", counter.measure(() -> applications.view(three.result())).counts(),
        NOTHING));
  }

  /** A council decision with 2 and with 4 partners, one member of each voting. */
  private void partners(BenchmarkProduct product, StatementCounter counter) {
    JdbcClient jdbc = product.bean(JdbcClient.class);
    jdbc.sql("insert into partner (code, name_ko, name_en, active) values (?, ?, ?, false)")
        .params(BENCH_PARTNER, "벤치마크 파트너", "Benchmark partner").update();
    seat(product, new CouncilMember("samsung-ceo", "SAMSUNG", Role.CO_CEO, "삼성 대표", "Samsung CEO", false));
    seat(product, new CouncilMember("bench-ceo", BENCH_PARTNER, Role.CO_CEO, "벤치 대표", "Bench CEO", false));
    decide(product, "SKT,KAKAO", "COUNCIL-WARMUP");
    Map<String, Counts> two = decide(product, "SKT,KAKAO", "COUNCIL-2");
    Map<String, Counts> four = decide(product, "SKT,KAKAO,SAMSUNG," + BENCH_PARTNER, "COUNCIL-4");
    Growth perBranch = new Growth("per partner branch: the engine's execution, variables, vote task and the job "
        + "after it, and SelectVoterDelegate's two reads (the branch's members, the decision's recusals)",
        sql -> engine(sql) || sql.startsWith("select * from council_member where partner_code = ?")
            || sql.startsWith("select * from council_vote_event where decision_id = ?")
            || sql.startsWith("insert into council_vote_event"));
    checks.add(new Check("council decision opened (voters selected)", "2 partners", two.get("open"), "4 partners",
        four.get("open"), perBranch));
    checks.add(new Check("council: every vote cast, tally, resolution, chain", "2 votes", two.get("votes"), "4 votes",
        four.get("votes"), perBranch));
    checks.add(new Check("council: the last vote (with tally, outcome, resolution, chain)", "of 2", two.get("last"),
        "of 4", four.get("last"), new Growth("the engine ends every partner branch's execution and local variables "
            + "when the last vote joins; the product's statements stay constant", QueryPerRowBenchmark::engine)));
  }

  private static void seat(BenchmarkProduct product, CouncilMember member) {
    IdentityService identity = product.bean(IdentityService.class);
    String group = Groups.executivesOf(member.partnerCode());
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    User user = identity.newUser(member.userId());
    user.setFirstName(member.nameKo());
    user.setLastName(member.nameEn());
    user.setPassword(TestCouncil.PASSWORD);
    identity.saveUser(user);
    product.bean(CouncilRoster.class).enrol(member);
  }

  private static Map<String, Counts> decide(BenchmarkProduct product, String partnerCodes, String ref) {
    StatementCounter counter = product.statements();
    TestCouncil council = product.bean(TestCouncil.class);
    TaskService tasks = product.bean(TaskService.class);
    Map<String, Object> variables = new HashMap<>();
    variables.put(In.SUBJECT_TYPE, FundingApprovalProcess.SUBJECT_TYPE);
    variables.put(In.SUBJECT_REF, ref);
    variables.put(In.SUBJECT_TITLE, "벤치마크 안건 / Benchmark subject");
    variables.put(In.SUBJECT_SUMMARY, "요약 / Summary");
    variables.put(In.AMOUNT_WON, 500_000_000L);
    variables.put(In.AMOUNT_DISPLAY, "5억 원");
    variables.put(In.EXCLUDED_USERS, "");
    variables.put(In.PARTNER_CODES, partnerCodes);
    Measured<String> open = counter.measure(() -> {
      String id = product.bean(RuntimeService.class).startProcessInstanceByKey(CouncilDecisionProcess.KEY, ref,
          variables).getId();
      council.runDueJobs();
      return id;
    });
    List<Task> votes = tasks.createTaskQuery().processInstanceId(open.result())
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).orderByTaskAssignee().asc().list();
    assertThat(votes).hasSize(partnerCodes.split(",").length);
    Counts all = Counts.NONE;
    Counts last = Counts.NONE;
    for (Task vote : votes) {
      last = counter.count(() -> council.complete(vote, vote.getAssignee(),
          Map.of("voteDecision", "APPROVE", "conflictDeclared", false)));
      all = all.plus(last);
    }
    assertThat(product.bean(ResolutionRegister.class).forSubject(FundingApprovalProcess.SUBJECT_TYPE, ref))
        .singleElement().satisfies(resolution -> assertThat(resolution.outcome().name()).isEqualTo("PASSED"));
    Map<String, Counts> counts = new LinkedHashMap<>();
    counts.put("open", open.counts());
    counts.put("votes", all);
    counts.put("last", last);
    return counts;
  }

  /** Every list and read over all applications, at 10 and at 100 applications that went the whole path. */
  private void lists(BenchmarkProduct product, FundingPath path, StatementCounter counter) {
    List<String> refs = new ArrayList<>();
    while (refs.size() < SMALL) {
      refs.add(path.fund());
    }
    Map<String, Measured<Integer>> small = readEverything(product, counter, refs.get(0));
    while (refs.size() < LARGE) {
      refs.add(path.fund());
    }
    Map<String, Measured<Integer>> large = readEverything(product, counter, refs.get(0));
    Growth paging = new Growth("the engine's history read in chunks: task and process-instance ids 200 a query, "
        + "the user operation log and identity links 1,000 entries a page", QueryPerRowBenchmark::engine);
    small.forEach((call, measured) -> checks.add(new Check(call,
        "%,d applications: %,d rows".formatted(SMALL, measured.result()), measured.counts(),
        "%,d applications: %,d rows".formatted(LARGE, large.get(call).result()), large.get(call).counts(),
        call.startsWith("audit trail") ? paging : NOTHING)));
  }

  private static Map<String, Measured<Integer>> readEverything(BenchmarkProduct product, StatementCounter counter,
      String ref) {
    AuditTrail trail = product.bean(AuditTrail.class);
    Quarter quarter = Quarter.containing(Instant.now());
    Map<String, Measured<Integer>> reads = new LinkedHashMap<>();
    asCompliance(() -> {
      reads.put("audit trail page (/compliance/audit)",
          counter.measure(() -> trail.search(AuditFilter.none(), 0).acts().size()));
      reads.put("audit trail export (/compliance/audit.csv)",
          counter.measure(() -> trail.all(AuditFilter.none()).acts().size()));
      reads.put("audit trail of one request (/compliance/audit/requests/{ref})",
          counter.measure(() -> trail.story(ref).size()));
      return null;
    });
    reads.put("evidence chain check (/compliance/integrity)",
        counter.measure(() -> (int) product.bean(EvidenceChain.class).verify().entries()));
    reads.put("resolution register of a subject", counter.measure(() -> product.bean(ResolutionRegister.class)
        .forSubject(FundingApprovalProcess.SUBJECT_TYPE, ref).size()));
    ImpactReportDataCollector collector = product.bean(ImpactReportDataCollector.class);
    Function<ImpactReportSnapshot, Integer> rows = snapshot -> snapshot.resolutions().size();
    reads.put("quarterly report data collection (resolutions in the appendix)", counter.measure(() ->
        rows.apply(collector.collect(quarter, 1, Instant.now(), "benchmark", "head"))));
    reads.put("fund balance (GET /api/funding/fund)",
        counter.measure(() -> product.bean(Fund.class).balance().partners().size()));
    return reads;
  }

  private static <T> T asCompliance(Supplier<T> work) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "compliance", null, List.of(new SimpleGrantedAuthority("GROUP_" + Groups.COMPLIANCE))));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** The engine's own statements (its ACT_* tables), as opposed to the product's. */
  static boolean engine(String sql) {
    return sql.toUpperCase(Locale.ROOT).contains("ACT_");
  }

  /**
   * One call at two sizes. {@code allowed} says which statements may grow and why (the process's own work per
   * branch, or reads done a page or a chunk of ids at a time); {@link #NOTHING} for a call that must stay constant.
   */
  record Check(String call, String smallSize, Counts small, String largeSize, Counts large, Growth allowed) {

    Map<String, Long> growth() {
      return large.growthOver(small);
    }

    List<String> unexpected() {
      return growth().keySet().stream().filter(sql -> !allowed.statements().test(sql)).toList();
    }

    String verdict() {
      if (growth().isEmpty()) {
        return "constant";
      }
      return unexpected().isEmpty() ? "grows: " + allowed.reason() : "GROWS PER ROW";
    }
  }

  /** Statements that may grow, and why. */
  record Growth(String reason, Predicate<String> statements) {
  }

  static final Growth NOTHING = new Growth("nothing may grow", sql -> false);
}
