package com.synergycouncil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.benchmarks.StatementCounter.Counts;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import com.synergycouncil.patents.PatentPortfolio;
import com.synergycouncil.patents.PatentReleaseProcess;
import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.patents.ReleaseKind;
import com.synergycouncil.patents.ReleaseRequest;
import com.synergycouncil.patents.ReleaseView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One council decision releasing a full programme: SK Telecom's 2,597 patents, and 500 for the slope. Each run goes
 * end to end as the product's users do it: the IP officer imports the portfolio CSV (PatentPortfolio.importCsv, what
 * {@code POST /api/patents/import} calls) and requests the release (PatentReleaseService.submit, what
 * {@code POST /api/patents/releases} calls); the passports are checked (job); the other IP officer records each
 * co-owner's consent; the executives the tier names vote; the licences are granted (job). Time and SQL statements
 * of each step, and the statements whose count grows with the number of patents.
 */
class PatentReleaseBenchmark {

  static final int PROGRAMME = 2_597;
  static final int SLOPE = 500;
  static final int WARM_UP = 100;
  static final String IP_OFFICER = "ip-officer";
  static final String IP_OFFICER2 = "ip-officer2";
  static final List<String> STEPS = List.of("import CSV", "request + passports", "co-owner consents",
      "council vote + grants");

  @Test
  void releasingAFullProgrammeCostsAboutTheSamePerPatentAsAFifthOfIt() {
    try (BenchmarkProduct product = BenchmarkProduct.start(getClass().getSimpleName())) {
      Release release = new Release(product);
      release.run("W", WARM_UP);
      Run slope = release.run("S", SLOPE);
      Run programme = release.run("P", PROGRAMME);

      BenchmarkTable table = new BenchmarkTable("One council decision releasing a programme of patents",
          BenchmarkTable.machine(product.database()))
          .columns("patents", "step", "ms", "ms per patent", "SQL statements", "statements per patent",
              "round trips").decimals(2);
      for (Run run : List.of(slope, programme)) {
        run.steps.forEach((step, measured) -> table.row(run.patents, step, measured.millis,
            (double) measured.millis / run.patents, measured.counts.total(),
            (double) measured.counts.total() / run.patents, measured.counts.roundTrips()));
        table.row(run.patents, "end to end", run.millis(), (double) run.millis() / run.patents, run.counts().total(),
            (double) run.counts().total() / run.patents, run.counts().roundTrips());
      }
      int extra = PROGRAMME - SLOPE;
      double marginal = (double) (programme.millis() - slope.millis()) / extra;
      table.note(("slope: each patent beyond %,d adds %.2f ms (end to end %,d ms for %,d against %,d ms for %,d: ×%.2f "
              + "time for ×%.2f patents); fixed part about %,d ms").formatted(SLOPE, marginal, programme.millis(),
              PROGRAMME, slope.millis(), SLOPE, (double) programme.millis() / slope.millis(),
              (double) PROGRAMME / SLOPE, Math.round(slope.millis() - marginal * SLOPE)))
          .note("statements that grow with the number of patents (%,d patents more): %s".formatted(extra,
              growth(programme.counts(), slope.counts(), extra)))
          .note(("each programme: %s; every patent's passport and licence checked afterwards; a %,d-patent run "
              + "before, unmeasured, warms the code up").formatted(programme.mix, WARM_UP))
          .note("SQL statements: each JDBC execute, and each row of a JDBC batch; round trips: executes and batches");
      BenchmarkTable.write(getClass(), table);
    }
  }

  /** Statements per additional patent, e.g. {@code 1.00 × insert into patent (...)}; rounded, the largest first. */
  private static String growth(Counts larger, Counts smaller, int extra) {
    List<String> lines = new ArrayList<>();
    larger.growthOver(smaller).entrySet().stream()
        .filter(entry -> entry.getValue() >= extra / 10)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(entry -> lines.add("%.2f × `%s`".formatted((double) entry.getValue() / extra,
            abbreviate(entry.getKey()))));
    return lines.isEmpty() ? "none" : String.join("; ", lines);
  }

  private static String abbreviate(String sql) {
    return sql.length() <= 90 ? sql : sql.substring(0, 87) + "...";
  }

  /** Time and statements of one step. */
  record Measured(long millis, Counts counts) {
  }

  /** One programme's release, step by step. */
  record Run(int patents, String mix, Map<String, Measured> steps) {

    long millis() {
      return steps.values().stream().mapToLong(Measured::millis).sum();
    }

    Counts counts() {
      return steps.values().stream().map(Measured::counts).reduce(Counts.NONE, Counts::plus);
    }
  }

  /** The acts of the IP officers and the council, each step timed and counted. */
  static final class Release {

    private final BenchmarkProduct product;
    private final TestCouncil council;
    private final PatentPortfolio portfolio;
    private final PatentReleaseService releases;
    private final TaskService taskService;
    private final JdbcClient jdbc;

    Release(BenchmarkProduct product) {
      this.product = product;
      this.council = product.bean(TestCouncil.class);
      this.portfolio = product.bean(PatentPortfolio.class);
      this.releases = product.bean(PatentReleaseService.class);
      this.taskService = product.bean(TaskService.class);
      this.jdbc = product.bean(JdbcClient.class);
      council.seat(List.of(
          new CouncilMember(IP_OFFICER, "SKT", Role.IP_OFFICER, "정다온", "Jung Daon", false),
          new CouncilMember(IP_OFFICER2, "KAKAO", Role.IP_OFFICER, "강서준", "Kang Seojun", false)));
    }

    Run run(String series, int size) {
      PatentProgramme programme = new PatentProgramme(series + size, size, LocalDate.now(ZoneId.of("Asia/Seoul")));
      Map<String, Measured> steps = new LinkedHashMap<>();
      step(steps, STEPS.get(0), () -> assertThat(council.as(IP_OFFICER, () -> portfolio.importCsv(programme.csv)))
          .isEqualTo(size));
      String[] reference = new String[1];
      step(steps, STEPS.get(1), () -> {
        reference[0] = council.as(IP_OFFICER, () -> releases.submit(new ReleaseRequest(ReleaseKind.OPENING, "SKT",
            "SK텔레콤 특허 개방 %d건 / SK Telecom opens %d patents".formatted(size, size), null, null, null, null,
            programme.numbers), IP_OFFICER));
        council.runDueJobs();
      });
      String ref = reference[0];
      step(steps, STEPS.get(2), () -> {
        List<Task> consents = tasks(ref, PatentReleaseProcess.TASK_OBTAIN_CO_OWNER_CONSENT);
        assertThat(consents).as("one consent task per co-owner").hasSize(2);
        consents.forEach(consent -> council.complete(consent, IP_OFFICER2, Map.of("consentDecision", "GRANTED",
            "consentComment", "동의서 접수 / consent letter received")));
      });
      step(steps, STEPS.get(3), () -> {
        List<Task> votes = tasks(ref, CouncilDecisionProcess.TASK_CAST_VOTE);
        assertThat(votes).as("one vote per partner").hasSize(2);
        votes.forEach(vote -> council.complete(vote, vote.getAssignee(), Map.of("voteDecision", "APPROVE",
            "conflictDeclared", false)));
      });
      check(ref, programme);
      return new Run(size, "%,d releasable, %,d co-owned, %,d failing the passport".formatted(programme.releasable,
          programme.coOwned, size - programme.releasable), steps);
    }

    private void step(Map<String, Measured> steps, String name, Runnable work) {
      long start = System.nanoTime();
      Counts counts = product.statements().count(work);
      steps.put(name, new Measured((System.nanoTime() - start) / 1_000_000, counts));
    }

    private void check(String ref, PatentProgramme programme) {
      ReleaseView view = releases.view(ref);
      assertThat(view.status()).isEqualTo("RELEASED");
      assertThat(view.passed()).isEqualTo(programme.releasable);
      assertThat(view.failed()).isEqualTo(programme.size() - programme.releasable);
      assertThat(jdbc.sql("""
          select count(distinct l.patent_id) from patent_licence l join release_request r on r.id = l.source_request_id
          where r.reference = ? and l.kind = 'LICENCE' and l.royalty_free and l.defensive_termination
            and l.status = 'ACTIVE'""").param(ref).query(Long.class).single()).isEqualTo(programme.releasable);
      assertThat(tasks(ref, CouncilDecisionProcess.TASK_CAST_VOTE)).isEmpty();
    }

    private List<Task> tasks(String ref, String taskKey) {
      return taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).list();
    }
  }
}
