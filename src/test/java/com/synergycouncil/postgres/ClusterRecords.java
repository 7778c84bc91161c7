package com.synergycouncil.postgres;

import com.synergycouncil.patents.PatentDisputeMediationProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the shared database says about the cluster test's applications (found by their references, never by global
 * counts): the engine's job log ({@code ACT_HI_JOB_LOG}: one row per job created, failed, succeeded or deleted, with
 * the node's hostname) and the project's own records of what each job did.
 */
final class ClusterRecords {

  private static final int CREATED = 0;
  private static final int FAILED = 1;
  private static final int SUCCEEDED = 2;
  private static final int DELETED = 3;

  private final Connection db;
  /** reference -> the application's root process instance */
  private final Map<String, String> roots = new LinkedHashMap<>();

  ClusterRecords(Connection db, List<String> references) throws SQLException {
    this.db = db;
    for (String reference : references) {
      roots.put(reference, single("select process_instance_id from funding_application where reference = ?", reference));
    }
  }

  /** The node that ran the job of {@code activityId} in the application's processes. */
  String hostOfSuccess(String reference, String activityId) throws SQLException {
    List<String> hosts = strings("select HOSTNAME_ from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ = ? and ACT_ID_ = ?"
        + " and JOB_STATE_ = " + SUCCEEDED, roots.get(reference), activityId);
    if (hosts.size() != 1) {
      throw new AssertionError(activityId + " of " + reference + " ran " + hosts.size() + " times: " + hosts);
    }
    return hosts.get(0);
  }

  /** Jobs that succeeded, per activity, in the application and the council decision it called. */
  Map<String, Long> successfulJobsByActivity(String reference) throws SQLException {
    return counts("select ACT_ID_, count(*) from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ = ? and JOB_STATE_ = "
        + SUCCEEDED + " group by ACT_ID_", roots.get(reference));
  }

  /** What the jobs and tasks of one application left in the project's tables. */
  Map<String, Long> sideEffects(String reference) throws SQLException {
    String decisions = "from council_vote_event e join council_decision d on d.id = e.decision_id"
        + " where d.subject_type = 'FUNDING' and d.subject_ref = ? and e.event_type = 'VOTE_CAST'";
    String application = " join funding_application a on a.id = x.application_id where a.reference = ?";
    Map<String, Long> effects = new LinkedHashMap<>();
    effects.put("resolutions", number("select count(*) from resolution where subject_type = 'FUNDING' and subject_ref = ?",
        reference));
    effects.put("votes cast", number("select count(*) " + decisions, reference));
    effects.put("partners voting", number("select count(distinct e.partner_code) " + decisions, reference));
    effects.put("times awarded", number("select count(*) from funding_status_history x" + application
        + " and x.status = 'AWARDED'", reference));
    effects.put("times completed", number("select count(*) from funding_status_history x" + application
        + " and x.status = 'COMPLETED'", reference));
    effects.put("reserved won", number("select coalesce(sum(x.amount_won), 0) from fund_commitment x" + application,
        reference));
    effects.put("disbursed won", number("select coalesce(sum(x.disbursed_won), 0) from fund_commitment x" + application,
        reference));
    effects.put("tranches released", number("select count(*) from funding_tranche x" + application
        + " and x.status = 'RELEASED' and x.released_at is not null", reference));
    effects.put("milestone reports", number("select count(*) from funding_milestone_report x" + application, reference));
    return effects;
  }

  /** Jobs not created once and then either run once or deleted (a timer cancelled) without running. */
  List<String> jobsNotRunExactlyOnce() throws SQLException {
    List<String> wrong = new ArrayList<>();
    for (String root : roots.values()) {
      wrong.addAll(strings("""
          select JOB_ID_ || ' ' || max(ACT_ID_) || ': created ' || sum(case when JOB_STATE_ = %d then 1 else 0 end)
            || ', succeeded ' || sum(case when JOB_STATE_ = %d then 1 else 0 end)
            || ', deleted ' || sum(case when JOB_STATE_ = %d then 1 else 0 end)
          from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ = ? group by JOB_ID_
          having sum(case when JOB_STATE_ = %d then 1 else 0 end) <> 1
            or sum(case when JOB_STATE_ = %d then 1 else 0 end) + sum(case when JOB_STATE_ = %d then 1 else 0 end) <> 1"""
          .formatted(CREATED, SUCCEEDED, DELETED, CREATED, SUCCEEDED, DELETED), root));
    }
    return wrong;
  }

  /** Failed attempts that were anything but a collision with another node (which the engine retries). */
  List<String> failuresOtherThanOptimisticLocking() throws SQLException {
    return failures().stream().filter(failure -> !isOptimisticLocking(failure)).toList();
  }

  long optimisticLockingFailures() throws SQLException {
    return failures().stream().filter(ClusterRecords::isOptimisticLocking).count();
  }

  long incidents() throws SQLException {
    long incidents = 0;
    for (String root : roots.values()) {
      incidents += number("select count(*) from ACT_HI_INCIDENT where ROOT_PROC_INST_ID_ = ?", root);
    }
    return incidents;
  }

  /** Successful jobs of these applications per node. */
  Map<String, Long> successfulJobsByHost() throws SQLException {
    Map<String, Long> split = new TreeMap<>();
    for (String root : roots.values()) {
      counts("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ = ? and JOB_STATE_ = " + SUCCEEDED
          + " group by HOSTNAME_", root).forEach((host, count) -> split.merge(host, count, Long::sum));
    }
    return split;
  }

  /** Successful runs of a dispute's cooling-off timer, per node. */
  static Map<String, Long> timerRuns(Connection db, String disputeReference) throws SQLException {
    return new ClusterRecords(db, List.of()).counts("""
        select l.HOSTNAME_, count(*) from ACT_HI_JOB_LOG l join ACT_HI_PROCINST p on p.ID_ = l.PROCESS_INSTANCE_ID_
        where p.BUSINESS_KEY_ = ? and l.ACT_ID_ = ? and l.JOB_STATE_ = %d group by l.HOSTNAME_""".formatted(SUCCEEDED),
        disputeReference, PatentDisputeMediationProcess.TIMER_COOLING_OFF_ENDED);
  }

  private List<String> failures() throws SQLException {
    List<String> failures = new ArrayList<>();
    for (String root : roots.values()) {
      failures.addAll(strings("select JOB_ID_ || ' ' || ACT_ID_ || ' on ' || HOSTNAME_ || ': ' || coalesce(JOB_EXCEPTION_MSG_, '')"
          + " from ACT_HI_JOB_LOG where ROOT_PROC_INST_ID_ = ? and JOB_STATE_ = " + FAILED, root));
    }
    return failures;
  }

  private static boolean isOptimisticLocking(String failure) {
    return failure.contains("OptimisticLocking") || failure.contains("updated by another transaction concurrently");
  }

  private long number(String sql, String... parameters) throws SQLException {
    return Long.parseLong(single(sql, parameters));
  }

  private String single(String sql, String... parameters) throws SQLException {
    List<String> values = strings(sql, parameters);
    if (values.size() != 1) {
      throw new AssertionError(sql + ": " + values);
    }
    return values.get(0);
  }

  private List<String> strings(String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    }
  }

  private Map<String, Long> counts(String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      Map<String, Long> counts = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
      return counts;
    }
  }
}
