package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.SuspensionView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Licence suspensions after a licensee sued a partner. Each change of the licences is one set-based statement; the
 * licence remembers the suspension that suspended it, so confirming or lifting touches only those licences.
 */
@Repository
public class Suspensions {

  /** Licences of the licensee (names compared trimmed and case-insensitively) that are ACTIVE. */
  private static final String ACTIVE_OF_LICENSEE = "lower(trim(licensee)) = lower(trim(?)) and status = 'ACTIVE'";

  private final JdbcClient jdbc;

  Suspensions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String reference, String licensee, String suedPartner, String caseReference, String description,
      String reportedBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into licence_suspension (reference, licensee, sued_partner, case_reference, description, status,
              reported_by, reported_at) values (?, ?, ?, ?, ?, 'REPORTED', ?, ?)""")
        .params(reference, licensee, suedPartner, caseReference, description, reportedBy, Timestamp.from(now))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update licence_suspension set process_instance_id = ? where id = ?").params(processInstanceId, id)
        .update();
  }

  /** Suspends every ACTIVE defensive-termination licence of the licensee; returns {suspended, left alone}. */
  int[] suspend(long id, String licensee, Instant now) {
    int unaffected = jdbc.sql("select count(*) from patent_licence where " + ACTIVE_OF_LICENSEE
            + " and defensive_termination = false").param(licensee).query(Integer.class).single();
    int suspended = jdbc.sql("update patent_licence set status = 'SUSPENDED', suspension_id = ? where "
            + ACTIVE_OF_LICENSEE + " and defensive_termination = true").params(id, licensee).update();
    jdbc.sql("""
            update licence_suspension set status = 'SUSPENDED', licences_suspended = ?, licences_unaffected = ?,
              suspended_at = ? where id = ?""")
        .params(suspended, unaffected, Timestamp.from(now), id).update();
    return new int[] {suspended, unaffected};
  }

  void recordDecision(long id, String comment, String decidedBy) {
    jdbc.sql("update licence_suspension set decision_comment = ?, decided_by = ? where id = ?")
        .params(comment, decidedBy, id).update();
  }

  /** Ends the suspension: its licences become {@code licenceStatus}, the suspension {@code status}. */
  void close(long id, String status, String licenceStatus, Instant now) {
    jdbc.sql("update patent_licence set status = ? where suspension_id = ? and status = 'SUSPENDED'")
        .params(licenceStatus, id).update();
    jdbc.sql("update licence_suspension set status = ?, decided_at = ? where id = ?")
        .params(status, Timestamp.from(now), id).update();
  }

  public Optional<SuspensionView> view(String reference) {
    return jdbc.sql("select * from licence_suspension where reference = ?").param(reference)
        .query((rs, n) -> new SuspensionView(rs.getString("reference"), rs.getString("licensee"),
            rs.getString("sued_partner"), rs.getString("case_reference"), rs.getString("description"),
            rs.getString("status"), rs.getInt("licences_suspended"), rs.getInt("licences_unaffected"),
            rs.getString("reported_by"), instant(rs, "reported_at"), rs.getString("decision_comment"),
            rs.getString("decided_by"), instant(rs, "decided_at")))
        .optional();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
