package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Submissions and every other status change of patent release requests, read with SQL from their status history
 * (no Java dependency on the patents module).
 */
@Component
class PatentReleaseStatusSource implements AuditSource {

  static final String PROCESS = "PatentReleaseProcess";

  private final JdbcClient jdbc;

  PatentReleaseStatusSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    if (filter.process() != null && !filter.process().equals(PROCESS)) {
      return List.of();
    }
    Where where = new Where()
        .and("r.reference = ?", filter.requestRef())
        .and("h.changed_at >= ?", filter.fromInstant())
        .and("h.changed_at < ?", filter.toInstantExclusive())
        .and("h.changed_by = ?", filter.person())
        .and("m.partner_code = ?", filter.partner());
    return jdbc.sql("""
            select h.status, h.reason, h.changed_by, h.changed_at, r.reference, r.kind,
              (select count(*) from release_request_patent p where p.request_id = r.id) patents, m.partner_code
            from release_request_status_history h
              join release_request r on r.id = h.request_id
              left join council_member m on m.user_id = h.changed_by""" + where.sql()
            + " order by h.changed_at desc, h.id desc" + Where.first(limit))
        .params(where.parameters())
        .query((rs, row) -> {
          String status = rs.getString("status");
          boolean submitted = "SUBMITTED".equals(status);
          String reason = rs.getString("reason");
          String details = submitted
              ? "%s, 특허 %d건 / %d patents".formatted(rs.getString("kind"), rs.getLong("patents"), rs.getLong("patents"))
              : "→ " + status + (reason == null ? "" : ": " + reason);
          return AuditAct.of(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
              rs.getString("partner_code"), submitted ? AuditActKind.SUBMITTED : AuditActKind.STATUS_CHANGED,
              PROCESS, rs.getString("reference"), details);
        })
        .list();
  }
}
