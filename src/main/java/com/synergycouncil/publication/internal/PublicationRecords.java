package com.synergycouncil.publication.internal;

import static com.synergycouncil.publication.internal.AiOutputs.instant;

import com.synergycouncil.publication.AccessRequestInput;
import com.synergycouncil.publication.AccessRequestView;
import com.synergycouncil.publication.AiOutputStatus;
import com.synergycouncil.publication.AiOutputView.Review;
import com.synergycouncil.publication.AiOutputView.StatusChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** What happens to an output on its way out: status history, reviews, access requests, incidents. */
@Repository
public class PublicationRecords {

  private final JdbcClient jdbc;

  PublicationRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Moves the output to a status and appends it to the history. */
  public void changeStatus(long outputId, AiOutputStatus status, String reason, String changedBy, Instant at) {
    jdbc.sql("update ai_output set status = ?, status_reason = ? where id = ?")
        .params(status.name(), reason, outputId).update();
    jdbc.sql("insert into ai_output_status (output_id, status, reason, changed_by, changed_at) values (?, ?, ?, ?, ?)")
        .params(outputId, status.name(), reason, changedBy, Timestamp.from(at)).update();
  }

  public List<StatusChange> history(long outputId) {
    return jdbc.sql("select * from ai_output_status where output_id = ? order by id").param(outputId)
        .query((rs, row) -> new StatusChange(AiOutputStatus.valueOf(rs.getString("status")), rs.getString("reason"),
            rs.getString("changed_by"), instant(rs, "changed_at")))
        .list();
  }

  public void recordReview(long outputId, Review review) {
    jdbc.sql("""
            insert into ai_review (output_id, review_round, area, decision, comment, reviewer, reviewed_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(outputId, review.round(), review.area(), review.decision(), review.comment(), review.reviewer(),
            Timestamp.from(review.reviewedAt()))
        .update();
  }

  public List<Review> reviews(long outputId) {
    return jdbc.sql("select * from ai_review where output_id = ? order by id").param(outputId)
        .query((rs, row) -> new Review(rs.getInt("review_round"), rs.getString("area"), rs.getString("decision"),
            rs.getString("comment"), rs.getString("reviewer"), instant(rs, "reviewed_at")))
        .list();
  }

  public long insertAccessRequest(long outputId, AccessRequestInput input, String requestedBy, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ai_access_request (output_id, researcher, institution, email, purpose, requested_by,
              requested_at, status)
            values (?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
        .params(outputId, input.researcher(), input.institution(), input.email(), input.purpose(), requestedBy,
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Decides a pending request; false when it was no longer pending (decided meanwhile). */
  public boolean decideAccessRequest(long requestId, String status, String decidedBy, String note, Instant at) {
    return jdbc.sql("""
            update ai_access_request set status = ?, decided_by = ?, decision_note = ?, decided_at = ?
            where id = ? and status = 'PENDING'""")
        .params(status, decidedBy, note, Timestamp.from(at), requestId).update() == 1;
  }

  public Optional<AccessRequestView> accessRequest(long outputId, long requestId) {
    return accessRequests("r.output_id = ? and r.id = ?", outputId, requestId).stream().findFirst();
  }

  public List<AccessRequestView> accessRequests(long outputId) {
    return accessRequests("r.output_id = ?", outputId);
  }

  private List<AccessRequestView> accessRequests(String where, Object... params) {
    return jdbc.sql("select r.*, o.reference from ai_access_request r join ai_output o on o.id = r.output_id where "
            + where + " order by r.id")
        .params(params)
        .query((rs, row) -> new AccessRequestView(rs.getLong("id"), rs.getString("reference"),
            rs.getString("researcher"), rs.getString("institution"), rs.getString("email"), rs.getString("purpose"),
            rs.getString("requested_by"), instant(rs, "requested_at"), rs.getString("status"),
            rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_note")))
        .list();
  }

  public void recordIncident(long outputId, String description, String reportedBy, Instant at) {
    jdbc.sql("insert into ai_incident (output_id, description, reported_by, reported_at) values (?, ?, ?, ?)")
        .params(outputId, description, reportedBy, Timestamp.from(at)).update();
  }

  public long countPublished(Instant from, Instant to) {
    return jdbc.sql("select count(*) from ai_output where published_at >= ? and published_at < ?")
        .params(Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
  }

  public long countAccessDecisions(String status, Instant from, Instant to) {
    return jdbc.sql("select count(*) from ai_access_request where status = ? and decided_at >= ? and decided_at < ?")
        .params(status, Timestamp.from(from), Timestamp.from(to)).query(Long.class).single();
  }
}
