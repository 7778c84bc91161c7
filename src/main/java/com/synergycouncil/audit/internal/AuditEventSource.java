package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The product's own acts that no process records: the trail viewed and exported, reports generated, signed, downloaded. */
@Component
class AuditEventSource implements AuditSource {

  private final JdbcClient jdbc;

  AuditEventSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    if (filter.process() != null) {
      return List.of();
    }
    Where where = new Where()
        .and("e.subject_ref = ?", filter.requestRef())
        .and("e.occurred_at >= ?", filter.fromInstant())
        .and("e.occurred_at < ?", filter.toInstantExclusive())
        .and("e.actor = ?", filter.person())
        .and("m.partner_code = ?", filter.partner());
    return jdbc.sql("""
            select e.kind, e.actor, e.occurred_at, e.subject_ref, e.details, m.partner_code
            from audit_event e left join council_member m on m.user_id = e.actor""" + where.sql()
            + " order by e.occurred_at desc, e.id desc" + Where.first(limit))
        .params(where.parameters())
        .query((rs, row) -> AuditAct.of(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getString("partner_code"), AuditActKind.valueOf(rs.getString("kind")), null, rs.getString("subject_ref"),
            rs.getString("details")))
        .list();
  }
}
