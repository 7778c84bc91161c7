package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.ReleaseKind;
import com.synergycouncil.patents.ReleaseRequest;
import com.synergycouncil.patents.ReleaseView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Release requests, the passport row of each of their patents, and their status history. */
@Repository
public class ReleaseRequests {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ReleaseRequests(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A request's facts the process needs. */
  public record Facts(long id, String reference, ReleaseKind kind, String partnerCode, String programmeName,
      String recipientName, String fieldOfUse) {

    /** Who receives the licences: the recipient, or the programme's SMEs, or the pool. */
    public String licensee() {
      return switch (kind) {
        case OPENING -> "SME open licence programme: " + programmeName;
        case POOL -> "AI/platform/media joint pool";
        default -> recipientName;
      };
    }
  }

  public long insert(String reference, ReleaseRequest request, String submittedBy, Instant now,
      Collection<Long> patentIds) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            insert into release_request (reference, kind, partner_code, programme_name, recipient_name, recipient_brn,
              use_plan, field_of_use, status, submitted_by, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)""")
        .params(reference, request.kind().name(), request.partnerCode(), request.programmeName(),
            request.recipientName(), request.recipientBrn(), request.usePlan(), request.fieldOfUse(), submittedBy,
            Timestamp.from(now))
        .update(key, "id");
    long id = key.getKey().longValue();
    template.batchUpdate("insert into release_request_patent (request_id, patent_id) values (?, ?)",
        patentIds.stream().map(patentId -> new Object[] {id, patentId}).toList());
    history(id, "SUBMITTED", null, submittedBy, now);
    return id;
  }

  public void attachProcess(long id, String processInstanceId) {
    jdbc.sql("update release_request set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  public Facts facts(long id) {
    return jdbc.sql("select * from release_request where id = ?").param(id)
        .query((rs, n) -> new Facts(rs.getLong("id"), rs.getString("reference"),
            ReleaseKind.valueOf(rs.getString("kind")), rs.getString("partner_code"), rs.getString("programme_name"),
            rs.getString("recipient_name"), rs.getString("field_of_use"))).single();
  }

  public void changeStatus(long id, String status, String reason, String actor, Instant now) {
    jdbc.sql("update release_request set status = ?, status_reason = ? where id = ?")
        .params(status, reason == null ? null : abbreviate(reason), id).update();
    history(id, status, reason, actor, now);
  }

  public void recordRisk(long id, String riskLevel) {
    jdbc.sql("update release_request set risk_level = ? where id = ?").params(riskLevel, id).update();
  }

  public void recordResolution(long id, String resolutionNumber) {
    jdbc.sql("update release_request set resolution_number = ? where id = ?").params(resolutionNumber, id).update();
  }

  public long count(long id, String passport) {
    return jdbc.sql("select count(*) from release_request_patent where request_id = ? and passport = ?")
        .params(id, passport).query(Long.class).single();
  }

  public Optional<ReleaseView> view(String reference) {
    return jdbc.sql("select * from release_request where reference = ?").param(reference).query((rs, n) -> {
      long id = rs.getLong("id");
      List<ReleaseView.PassportResult> patents = jdbc.sql("""
              select p.patent_number, r.passport, r.reason, r.jurisdictions, r.frand, r.risk_level
              from release_request_patent r join patent p on p.id = r.patent_id
              where r.request_id = ? order by p.patent_number""").param(id)
          .query((row, i) -> new ReleaseView.PassportResult(row.getString(1), row.getString(2), row.getString(3),
              row.getString(4), row.getBoolean(5), row.getString(6))).list();
      return new ReleaseView(rs.getString("reference"), ReleaseKind.valueOf(rs.getString("kind")),
          rs.getString("partner_code"), rs.getString("programme_name"), rs.getString("recipient_name"),
          rs.getString("status"), rs.getString("status_reason"), rs.getString("risk_level"),
          rs.getString("resolution_number"), rs.getString("submitted_by"),
          rs.getTimestamp("submitted_at").toInstant(),
          patents.stream().filter(p -> "PASSED".equals(p.passport())).count(),
          patents.stream().filter(p -> "FAILED".equals(p.passport())).count(), patents);
    }).optional();
  }

  private void history(long id, String status, String reason, String actor, Instant now) {
    jdbc.sql("""
            insert into release_request_status_history (request_id, status, reason, changed_by, changed_at)
            values (?, ?, ?, ?, ?)""")
        .params(id, status, reason == null ? null : abbreviate(reason), actor, Timestamp.from(now)).update();
  }

  private static String abbreviate(String text) {
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }
}
