package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import com.synergycouncil.funding.FundingApprovalProcess;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Submissions, withdrawals and every other status change of funding applications, from their status history. */
@Component
class FundingStatusSource implements AuditSource {

  private final JdbcClient jdbc;

  FundingStatusSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    if (filter.process() != null && !filter.process().equals(FundingApprovalProcess.KEY)) {
      return List.of();
    }
    Where where = new Where()
        .and("a.reference = ?", filter.requestRef())
        .and("h.changed_at >= ?", filter.fromInstant())
        .and("h.changed_at < ?", filter.toInstantExclusive())
        .and("h.changed_by = ?", filter.person())
        .and("m.partner_code = ?", filter.partner());
    return jdbc.sql("""
            select h.status, h.reason, h.changed_by, h.changed_at, a.reference, a.company_name,
              a.requested_amount_won, m.partner_code
            from funding_status_history h
              join funding_application a on a.id = h.application_id
              left join council_member m on m.user_id = h.changed_by""" + where.sql()
            + " order by h.changed_at desc, h.id desc" + Where.first(limit))
        .params(where.parameters())
        .query((rs, row) -> {
          String status = rs.getString("status");
          AuditActKind kind = switch (status) {
            case "SUBMITTED" -> AuditActKind.SUBMITTED;
            case "WITHDRAWN" -> AuditActKind.WITHDRAWN;
            default -> AuditActKind.STATUS_CHANGED;
          };
          String reason = rs.getString("reason");
          String details = kind == AuditActKind.SUBMITTED
              ? "%s, %,d원 / won".formatted(rs.getString("company_name"), rs.getLong("requested_amount_won"))
              : "→ " + status + (reason == null ? "" : ": " + reason);
          return AuditAct.of(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
              rs.getString("partner_code"), kind, FundingApprovalProcess.KEY, rs.getString("reference"), details);
        })
        .list();
  }
}
