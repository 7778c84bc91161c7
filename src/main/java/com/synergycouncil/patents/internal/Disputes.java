package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.DisputeView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disputes between the partners, their mediation's state and the assertions recorded once it closed. */
@Repository
public class Disputes {

  private final JdbcClient jdbc;

  Disputes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String reference, String claimant, String respondent, long patentId, String grievance,
      String noticedBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into patent_dispute (reference, claimant_partner, respondent_partner, patent_id, grievance, status,
              noticed_by, noticed_at) values (?, ?, ?, ?, ?, 'MEDIATION', ?, ?)""")
        .params(reference, claimant, respondent, patentId, grievance, noticedBy, Timestamp.from(now))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update patent_dispute set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  void recordOutcome(long id, String outcome, String summary) {
    jdbc.sql("update patent_dispute set outcome = ?, outcome_summary = ? where id = ?")
        .params(outcome, summary, id).update();
  }

  void changeStatus(long id, String status, Instant closedAt) {
    jdbc.sql("update patent_dispute set status = ?, closed_at = ? where id = ?")
        .params(status, closedAt == null ? null : Timestamp.from(closedAt), id).update();
  }

  /** Locks the dispute row, so an assertion and the end of mediation cannot cross. */
  public Optional<DisputeView> lock(String reference) {
    jdbc.sql("select id from patent_dispute where reference = ? for update").param(reference).query(Long.class)
        .optional();
    return view(reference);
  }

  public void recordAssertion(String reference, String recordedBy, String note, Instant now) {
    jdbc.sql("""
            insert into patent_assertion (dispute_id, recorded_by, recorded_at, note)
            select id, ?, ?, ? from patent_dispute where reference = ?""")
        .params(recordedBy, Timestamp.from(now), note, reference).update();
  }

  public Optional<DisputeView> view(String reference) {
    return jdbc.sql("""
            select d.*, p.patent_number, (select count(*) from patent_assertion a where a.dispute_id = d.id) assertions
            from patent_dispute d join patent p on p.id = d.patent_id where d.reference = ?""").param(reference)
        .query((rs, n) -> new DisputeView(rs.getString("reference"), rs.getString("claimant_partner"),
            rs.getString("respondent_partner"), rs.getString("patent_number"), rs.getString("grievance"),
            rs.getString("status"), rs.getString("outcome"), rs.getString("outcome_summary"),
            rs.getTimestamp("noticed_at").toInstant(),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
            rs.getInt("assertions")))
        .optional();
  }
}
