package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditFilter;
import com.synergycouncil.audit.AuditSource;
import com.synergycouncil.council.CouncilDecisionProcess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The council's own record: every vote with its conflict declaration and comment, recusals, what the chair did with
 * overdue votes, partners left without an eligible voter, and the resolutions themselves.
 */
@Component
class CouncilSource implements AuditSource {

  private final JdbcClient jdbc;

  CouncilSource(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<AuditAct> acts(AuditFilter filter, int limit) {
    if (filter.process() != null && !filter.process().equals(CouncilDecisionProcess.KEY)) {
      return List.of();
    }
    List<AuditAct> acts = new ArrayList<>(voteEvents(filter, limit));
    // a resolution is the council's act, not a person's: it answers no person or partner filter
    if (filter.person() == null && filter.partner() == null) {
      acts.addAll(resolutions(filter, limit));
    }
    acts.sort(Comparator.comparing(AuditAct::time).reversed());
    return acts.size() > limit ? acts.subList(0, limit) : acts;
  }

  private List<AuditAct> voteEvents(AuditFilter filter, int limit) {
    Where where = new Where()
        .and("d.subject_ref = ?", filter.requestRef())
        .and("e.recorded_at >= ?", filter.fromInstant())
        .and("e.recorded_at < ?", filter.toInstantExclusive())
        .and("(e.recorded_by = ? or e.member_id = ?)", filter.person(), filter.person())
        .and("coalesce(m.partner_code, e.partner_code) = ?", filter.partner());
    return jdbc.sql("""
            select e.partner_code, e.member_id, e.event_type, e.vote, e.comment, e.conflict_reason, e.recorded_by,
              e.recorded_at, d.subject_ref, coalesce(m.partner_code, e.partner_code) as acting_partner
            from council_vote_event e
              join council_decision d on d.id = e.decision_id
              left join council_member m on m.user_id = e.recorded_by""" + where.sql()
            + " order by e.recorded_at desc, e.id desc" + Where.first(limit))
        .params(where.parameters())
        .query((rs, row) -> toAct(rs))
        .list();
  }

  private static AuditAct toAct(ResultSet rs) throws SQLException {
    String type = rs.getString("event_type");
    String member = rs.getString("member_id");
    String recordedBy = rs.getString("recorded_by");
    String partner = rs.getString("partner_code");
    String comment = rs.getString("comment");
    AuditActKind kind;
    String details;
    switch (type) {
      case "VOTE_CAST" -> {
        kind = AuditActKind.VOTED;
        details = VoteLabels.vote(rs.getString("vote")) + " · " + partner
            + " · 이해충돌 없음 / no conflict declared" + commented(comment);
      }
      case "RECUSED" -> {
        kind = AuditActKind.RECUSED;
        details = "이해충돌 신고 / conflict declared · " + partner + ": " + rs.getString("conflict_reason")
            + commented(comment);
      }
      case "OVERDUE_EXTENDED" -> {
        kind = AuditActKind.ESCALATION_EXTENDED;
        details = "의장이 " + member + "에게 기한 연장 / the chair gave " + member + " more time" + commented(comment);
      }
      case "OVERDUE_REASSIGNED" -> {
        kind = AuditActKind.ESCALATION_REASSIGNED;
        details = "의장이 " + member + " 대신 다른 " + partner + " 위원에게 / the chair handed " + member
            + "'s vote to another " + partner + " member" + commented(comment);
      }
      default -> {
        kind = AuditActKind.NO_ELIGIBLE_VOTER;
        details = partner + ": " + comment;
      }
    }
    AuditAct act = AuditAct.of(rs.getTimestamp("recorded_at").toInstant(), recordedBy, rs.getString("acting_partner"),
        kind, CouncilDecisionProcess.KEY, rs.getString("subject_ref"), details);
    return member != null && !member.equals(recordedBy) ? act.affecting(member) : act;
  }

  private List<AuditAct> resolutions(AuditFilter filter, int limit) {
    Where where = new Where()
        .and("subject_ref = ?", filter.requestRef())
        .and("decided_at >= ?", filter.fromInstant())
        .and("decided_at < ?", filter.toInstantExclusive());
    return jdbc.sql("""
            select resolution_number, subject_ref, outcome, voting_tier, partners_approving, partners_required,
              rejections, decided_at from resolution""" + where.sql()
            + " order by decided_at desc, resolution_number desc" + Where.first(limit))
        .params(where.parameters())
        .query((rs, row) -> AuditAct.of(rs.getTimestamp("decided_at").toInstant(), null, null, AuditActKind.DECIDED,
            CouncilDecisionProcess.KEY, rs.getString("subject_ref"),
            "%s: %s · 승인 파트너 %d/%d, 반대 %d / %d of %d partners approving, %d rejections · 등급 / tier %s".formatted(
                rs.getString("resolution_number"), VoteLabels.outcome(rs.getString("outcome")),
                rs.getInt("partners_approving"), rs.getInt("partners_required"), rs.getInt("rejections"),
                rs.getInt("partners_approving"), rs.getInt("partners_required"), rs.getInt("rejections"),
                rs.getString("voting_tier"))))
        .list();
  }

  private static String commented(String comment) {
    return comment == null || comment.isBlank() ? "" : " · 의견 / comment: " + comment;
  }
}
