package com.synergycouncil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.benchmarks.FundingPath.WaitStates;
import com.synergycouncil.benchmarks.StatementCounter.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the product's funding approval path against a bare Camunda process with one user task, side by side
 * in one run, on the same engine and the same H2 file database; and the SQL statements each executes per instance.
 * The two are measured in alternating rounds (so machine noise and the growing database weigh on both alike),
 * after a warm-up of each. The job executor is off: the benchmark thread runs every job as soon as it is due, as
 * the process tests do, so each instance is timed from its start to its end with nothing left in a queue.
 *
 * <p>Cost per wait state = time per instance / wait states passed (user tasks plus jobs, counted from the engine's
 * history of one instance). Target: a funding wait state costs at most 1.5 times a bare one.
 *
 * <p>{@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=FundingPathBenchmark}
 */
class FundingPathBenchmark {

  static final int WARM_UP_FUNDING = Integer.getInteger("benchmark.funding.warmup", 20);
  static final int WARM_UP_BARE = Integer.getInteger("benchmark.bare.warmup", 100);
  static final int FUNDING = Integer.getInteger("benchmark.funding.instances", 200);
  static final int BARE = Integer.getInteger("benchmark.bare.instances", 1_000);
  static final int ROUNDS = 5;
  static final double TARGET_RATIO = 1.5;

  @Test
  void aFundingWaitStateCostsAtMostOneAndAHalfTimesABareOne() {
    try (BenchmarkProduct product = BenchmarkProduct.start("FundingPathBenchmark")) {
      StatementCounter counter = product.statements();
      FundingPath path = new FundingPath(product);
      path.deployBareProcess();

      String sampleRef = null;
      for (int i = 0; i < WARM_UP_FUNDING; i++) {
        sampleRef = path.fund();
      }
      String sampleBare = null;
      for (int i = 0; i < WARM_UP_BARE; i++) {
        sampleBare = path.bare();
      }
      path.assertCompleted(sampleRef);
      WaitStates fundingStates = path.waitStates(sampleRef);
      WaitStates bareStates = path.waitStates(sampleBare);

      Sample funding = new Sample();
      Sample bare = new Sample();
      Sample submit = new Sample();
      Sample dueDiligence = new Sample();
      Sample votes = new Sample();
      Sample milestone = new Sample();
      List<String> refs = new ArrayList<>();
      List<String> bareKeys = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (int i = 0; i < FUNDING / ROUNDS; i++) {
          refs.add(funding.run(counter, () -> {
            String ref = submit.run(counter, () -> path.submit(FundingPath.request(1, 1)));
            dueDiligence.run(counter, () -> path.dueDiligence(ref));
            votes.run(counter, () -> path.voteAll(ref));
            milestone.run(counter, () -> path.milestone(ref));
            return ref;
          }));
        }
        for (int i = 0; i < BARE / ROUNDS; i++) {
          bareKeys.add(bare.run(counter, path::bare));
        }
      }
      refs.forEach(path::assertCompleted);
      bareKeys.forEach(path::assertBareEnded);

      double fundingPerState = funding.meanMillis() / fundingStates.total();
      double barePerState = bare.meanMillis() / bareStates.total();
      double ratio = fundingPerState / barePerState;
      double fundingCpuPerState = funding.meanCpuMillis() / fundingStates.total();
      double bareCpuPerState = bare.meanCpuMillis() / bareStates.total();
      double cpuRatio = fundingCpuPerState / bareCpuPerState;
      String machine = BenchmarkTable.machine(product.database());

      BenchmarkTable throughput = new BenchmarkTable("Funding approval path against a bare process (throughput)", machine)
          .columns("path", "instances", "wait states (user tasks + jobs)", "instances/s", "ms per instance",
              "p50 ms", "p95 ms", "ms per wait state", "× bare per wait state", "CPU ms per wait state",
              "× bare (CPU)")
          .decimals(2)
          .row("funding: screening, due diligence, 2-partner vote, reservation, 1 tranche", funding.runs(),
              "%d (%d + %d)".formatted(fundingStates.total(), fundingStates.userTasks(), fundingStates.jobs()),
              funding.perSecond(), funding.meanMillis(), funding.percentileMillis(50), funding.percentileMillis(95),
              fundingPerState, ratio, fundingCpuPerState, cpuRatio)
          .row("bare: one user task", bare.runs(),
              "%d (%d + %d)".formatted(bareStates.total(), bareStates.userTasks(), bareStates.jobs()),
              bare.perSecond(), bare.meanMillis(), bare.percentileMillis(50), bare.percentileMillis(95),
              barePerState, 1.0, bareCpuPerState, 1.0)
          .note("target: a funding wait state costs at most %.1f× a bare one: %s (%.2f× by the clock, %.2f× by the "
              .formatted(TARGET_RATIO, ratio <= TARGET_RATIO ? "met" : "MISSED", ratio, cpuRatio)
              + "benchmark thread's CPU time, which other processes on a busy machine disturb less)")
          .note("after a warm-up of %d funding and %d bare instances; measured in %d alternating rounds".formatted(
              WARM_UP_FUNDING, WARM_UP_BARE, ROUNDS))
          .note("job executor off: the benchmark thread runs each job as soon as it is due (TestCouncil.runDueJobs), "
              + "so time per instance is the engine's and the product's work, with no acquisition delay")
          .note("each task is claimed when unassigned and completed as its user (Camunda authorization on); the "
              + "driver's task and job queries are included on both sides")
          .note("funding wait states from the history of one instance (" + String.join(" + ", fundingStates.processes())
              + "): due diligence, 2 votes, milestone review; jobs: after each vote, tally, reservation, tranche release");

      BenchmarkTable steps = new BenchmarkTable("Funding path step by step (per instance)", machine)
          .columns("step", "ms", "statements", "SELECT", "INSERT", "UPDATE", "DELETE", "round trips")
          .decimals(1);
      stepRow(steps, "submit + eligibility DMN", submit);
      stepRow(steps, "due diligence (claim, complete) + council opened, voting tier DMN, voters selected", dueDiligence);
      stepRow(steps, "2 votes + jobs: tally, outcome DMN, resolution and chain, reservation", votes);
      stepRow(steps, "milestone review (claim, complete) + tranche release job, completion", milestone);
      stepRow(steps, "whole funding path", funding);
      stepRow(steps, "bare process (start, claim, complete)", bare);

      BenchmarkTable sql = new BenchmarkTable("SQL statements per instance", machine)
          .columns("path", "SELECT", "INSERT", "UPDATE", "DELETE", "other", "total", "round trips",
              "statements per wait state")
          .decimals(1)
          .row("funding", funding.perRun(Kind.SELECT), funding.perRun(Kind.INSERT), funding.perRun(Kind.UPDATE),
              funding.perRun(Kind.DELETE), funding.perRun(Kind.OTHER), funding.statementsPerRun(),
              funding.roundTripsPerRun(), funding.statementsPerRun() / fundingStates.total())
          .row("bare", bare.perRun(Kind.SELECT), bare.perRun(Kind.INSERT), bare.perRun(Kind.UPDATE),
              bare.perRun(Kind.DELETE), bare.perRun(Kind.OTHER), bare.statementsPerRun(), bare.roundTripsPerRun(),
              bare.statementsPerRun() / bareStates.total())
          .note("counted by a proxy around the product's DataSource, on the benchmark thread only; a statement in a JDBC "
              + "batch counts once per addBatch, the batch once as a round trip");

      BenchmarkTable top = new BenchmarkTable("Most executed statements of the funding path (per instance)", machine)
          .columns("per instance", "statement")
          .decimals(1);
      for (Map.Entry<String, Long> entry : funding.counts().top(25)) {
        top.row((double) entry.getValue() / funding.runs(), "`" + abbreviate(entry.getKey()) + "`");
      }

      BenchmarkTable.write(FundingPathBenchmark.class, throughput, steps, sql, top);

      assertThat(ratio).as("cost per wait state, funding against bare").isLessThanOrEqualTo(TARGET_RATIO);
    }
  }

  private static void stepRow(BenchmarkTable table, String step, Sample sample) {
    table.row(step, sample.meanMillis(), sample.statementsPerRun(), sample.perRun(Kind.SELECT),
        sample.perRun(Kind.INSERT), sample.perRun(Kind.UPDATE), sample.perRun(Kind.DELETE), sample.roundTripsPerRun());
  }

  static String abbreviate(String sql) {
    return sql.length() <= 160 ? sql : sql.substring(0, 157) + "...";
  }
}
