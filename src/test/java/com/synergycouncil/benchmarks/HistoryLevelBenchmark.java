package com.synergycouncil.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditTrail;
import com.synergycouncil.benchmarks.StatementCounter.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What history level {@code full} (the product's) costs against {@code audit}: the same funding path (as in
 * {@link FundingPathBenchmark}) on two product contexts one after the other in this JVM, each on a fresh H2 file
 * database: time and statements per instance, and the rows and bytes each instance leaves in the ACT_HI_* tables.
 * Then what the compliance audit trail shows of one application at each level: the acts it draws from the engine's
 * history (claims, completions, assignments by the process, incidents) exist only at {@code full}.
 *
 * <p>{@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=HistoryLevelBenchmark}
 */
class HistoryLevelBenchmark {

  static final int WARM_UP = Integer.getInteger("benchmark.history.warmup", 40);
  static final int INSTANCES = Integer.getInteger("benchmark.history.instances", 100);
  static final List<String> LEVELS = List.of("full", "audit");

  @Test
  void fullHistoryCostIsMeasuredAgainstAudit() {
    Map<String, Level> levels = new LinkedHashMap<>();
    String machine = null;
    for (String level : LEVELS) {
      try (BenchmarkProduct product = BenchmarkProduct.start("HistoryLevelBenchmark-" + level,
          "--camunda.bpm.history-level=" + level)) {
        machine = BenchmarkTable.machine(product.database());
        levels.put(level, measure(product));
      }
    }
    Level full = levels.get("full");
    Level audit = levels.get("audit");

    BenchmarkTable cost = new BenchmarkTable("History level full against audit: the funding path", machine)
        .columns("history level", "instances", "ms per instance", "p50 ms", "CPU ms per instance",
            "statements per instance", "INSERT", "round trips", "ACT_HI_* rows per instance",
            "ACT_HI_* KiB per instance", "database KiB per instance")
        .decimals(1);
    levels.forEach((name, level) -> cost.row(name, level.sample.runs(), level.sample.meanMillis(),
        level.sample.percentileMillis(50), level.sample.meanCpuMillis(), level.sample.statementsPerRun(),
        level.sample.perRun(Kind.INSERT),
        level.sample.roundTripsPerRun(), level.historyRows(), level.historyBytes() / 1024.0,
        level.databaseBytes / 1024.0 / level.sample.runs()));
    cost.note(("full against audit: %.2f× the time (%.2f× the CPU time), %.2f× the statements, %.2f× the history "
            + "rows per instance").formatted(full.sample.meanMillis() / audit.sample.meanMillis(),
            full.sample.meanCpuMillis() / audit.sample.meanCpuMillis(),
            full.sample.statementsPerRun() / audit.sample.statementsPerRun(),
            full.historyRows() / audit.historyRows()))
        .note("each level on its own product context and fresh H2 file database, full first, each after a warm-up of "
            + WARM_UP + " instances (the JVM is warmer for the second, audit: if anything, full's cost is overstated); "
            + "CPU time is the benchmark thread's; bytes from H2's DISK_SPACE_USED per table (pages, so roughly), "
            + "database from the size of its files");

    BenchmarkTable tables = new BenchmarkTable("Rows per funding instance in each history table", machine)
        .columns("table", "full", "audit", "read by the product?")
        .decimals(1);
    TreeSet<String> names = new TreeSet<>(full.rows.keySet());
    names.addAll(audit.rows.keySet());
    for (String table : names) {
      double fullRows = full.rowsPerInstance(table);
      double auditRows = audit.rowsPerInstance(table);
      if (fullRows > 0 || auditRows > 0) {
        tables.row(table, fullRows, auditRows, readBy(table));
      }
    }

    BenchmarkTable trail = new BenchmarkTable("The audit trail of one application at each level", machine)
        .columns("act", "full", "audit");
    for (AuditActKind kind : AuditActKind.values()) {
      long inFull = full.story.getOrDefault(kind, 0L);
      long inAudit = audit.story.getOrDefault(kind, 0L);
      if (inFull > 0 || inAudit > 0) {
        trail.row(kind.label(), inFull, inAudit);
      }
    }
    trail.row("total", full.story.values().stream().mapToLong(Long::longValue).sum(),
        audit.story.values().stream().mapToLong(Long::longValue).sum());
    trail.note("AuditTrail.story(ref) of a funding application that went the whole path, read as the compliance "
        + "officer: at audit the claims, task completions (who did them) and the votes' assignments by the process "
        + "rules are missing, and so would be incidents and user and permission changes");

    BenchmarkTable.write(HistoryLevelBenchmark.class, cost, tables, trail);

    assertThat(full.story.keySet()).as("acts only full history gives the audit trail")
        .contains(AuditActKind.CLAIMED, AuditActKind.TASK_COMPLETED, AuditActKind.ASSIGNED);
    assertThat(audit.story.keySet()).doesNotContain(AuditActKind.CLAIMED, AuditActKind.TASK_COMPLETED);
  }

  private static Level measure(BenchmarkProduct product) {
    FundingPath path = new FundingPath(product);
    JdbcClient jdbc = product.bean(JdbcClient.class);
    for (int i = 0; i < WARM_UP; i++) {
      path.fund();
    }
    Map<String, long[]> before = historyTables(jdbc);
    long databaseBefore = product.databaseBytes();
    Sample sample = new Sample();
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      refs.add(sample.run(product.statements(), () -> path.fund()));
    }
    refs.forEach(path::assertCompleted);
    Map<String, long[]> after = historyTables(jdbc);
    Map<String, long[]> grown = new LinkedHashMap<>();
    after.forEach((table, rowsAndBytes) -> {
      long[] earlier = before.getOrDefault(table, new long[2]);
      grown.put(table, new long[] {rowsAndBytes[0] - earlier[0], rowsAndBytes[1] - earlier[1]});
    });
    return new Level(sample, grown, product.databaseBytes() - databaseBefore,
        story(product.bean(AuditTrail.class), refs.get(refs.size() - 1)));
  }

  /** Rows and bytes of every ACT_HI_* table. */
  private static Map<String, long[]> historyTables(JdbcClient jdbc) {
    Map<String, long[]> tables = new LinkedHashMap<>();
    for (String table : jdbc.sql("""
            select table_name from information_schema.tables
            where table_schema = 'PUBLIC' and left(table_name, 7) = 'ACT_HI_' order by table_name""")
        .query(String.class).list()) {
      long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
      long bytes = jdbc.sql("select disk_space_used(?)").param(table).query(Long.class).single();
      tables.put(table, new long[] {rows, bytes});
    }
    return tables;
  }

  private static Map<AuditActKind, Long> story(AuditTrail trail, String ref) {
    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
        "compliance", null, List.of(new SimpleGrantedAuthority("GROUP_compliance"))));
    try {
      Map<AuditActKind, Long> kinds = new EnumMap<>(AuditActKind.class);
      for (AuditAct act : trail.story(ref)) {
        kinds.merge(act.kind(), 1L, Long::sum);
      }
      return kinds;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** Which of the product's readers uses a history table (see audit/internal). */
  static String readBy(String table) {
    return switch (table) {
      case "ACT_HI_OP_LOG" -> "yes: audit trail (claims, completions, assignments, user and permission changes)";
      case "ACT_HI_IDENTITYLINK" -> "yes: audit trail (votes assigned by the process rules)";
      case "ACT_HI_INCIDENT" -> "yes: audit trail (incidents and how they ended)";
      case "ACT_HI_TASKINST", "ACT_HI_PROCINST" -> "yes: audit trail (task names, business keys)";
      default -> "no";
    };
  }

  record Level(Sample sample, Map<String, long[]> rows, long databaseBytes, Map<AuditActKind, Long> story) {

    double rowsPerInstance(String table) {
      return rows.containsKey(table) ? (double) rows.get(table)[0] / sample.runs() : 0;
    }

    double historyRows() {
      return rows.values().stream().mapToLong(r -> r[0]).sum() / (double) sample.runs();
    }

    double historyBytes() {
      return rows.values().stream().mapToLong(r -> r[1]).sum() / (double) sample.runs();
    }
  }
}
