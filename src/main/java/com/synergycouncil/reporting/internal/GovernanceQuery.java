package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ResolutionLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Governance of a quarter from the resolution register and the acts behind it: resolutions by outcome, votes,
 * recusals, votes that went overdue and how the chair handled them; and the appendix, every resolution behind the
 * quarter's figures (decided in the quarter, or the one that decided an application that moved in the quarter).
 */
@Component
class GovernanceQuery {

  private final JdbcClient jdbc;

  GovernanceQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ImpactFigure> figures(Quarter quarter) {
    Map<String, Long> outcomes = counts("""
        select outcome kind, count(*) n from resolution where decided_at >= :start and decided_at < :end
        group by outcome""", quarter);
    Map<String, Long> events = counts("""
        select event_type kind, count(*) n from council_vote_event where recorded_at >= :start and recorded_at < :end
        group by event_type""", quarter);
    long resolutions = outcomes.values().stream().mapToLong(Long::longValue).sum();
    long extended = events.getOrDefault("OVERDUE_EXTENDED", 0L);
    long reassigned = events.getOrDefault("OVERDUE_REASSIGNED", 0L);
    return List.of(
        ImpactFigure.of("RESOLUTIONS", "의결", "Resolutions", resolutions, "건"),
        ImpactFigure.of("PASSED", "└ 가결", "└ passed", outcomes.getOrDefault("PASSED", 0L), "건"),
        ImpactFigure.of("VETOED", "└ 거부권 행사", "└ vetoed", outcomes.getOrDefault("VETOED", 0L), "건"),
        ImpactFigure.of("NOT_PASSED", "└ 부결", "└ not passed", outcomes.getOrDefault("NOT_PASSED", 0L), "건"),
        ImpactFigure.of("VOTES_CAST", "투표", "Votes cast", events.getOrDefault("VOTE_CAST", 0L), "표"),
        ImpactFigure.of("RECUSALS", "이해충돌 회피", "Recusals", events.getOrDefault("RECUSED", 0L), "건"),
        ImpactFigure.of("OVERDUE_VOTES", "기한 초과 투표", "Overdue votes escalated to the chair", extended + reassigned, "건"),
        ImpactFigure.of("ESCALATION_EXTENDED", "└ 기한 연장", "└ deadline extended", extended, "건"),
        ImpactFigure.of("ESCALATION_REASSIGNED", "└ 다른 위원에게 재배정", "└ reassigned", reassigned, "건"),
        ImpactFigure.of("NO_ELIGIBLE_VOTER", "투표 가능 위원 없음", "No eligible voter left",
            events.getOrDefault("NO_ELIGIBLE_VOTER", 0L), "건"));
  }

  List<ResolutionLine> resolutions(Quarter quarter) {
    return jdbc.sql("""
            select r.resolution_number, r.decided_at, r.subject_type, r.subject_ref, r.subject_title, r.amount_won,
                   r.voting_tier, r.outcome, r.partners_approving, r.partners_required, r.rejections,
                   coalesce(e.recusals, 0) recusals, coalesce(e.escalations, 0) escalations
            from resolution r
            left join (select decision_id,
                              sum(case when event_type = 'RECUSED' then 1 else 0 end) recusals,
                              sum(case when event_type in ('OVERDUE_EXTENDED', 'OVERDUE_REASSIGNED') then 1 else 0 end)
                                escalations
                       from council_vote_event group by decision_id) e on e.decision_id = r.decision_id
            where (r.decided_at >= :start and r.decided_at < :end)
               or r.resolution_number in (
                    select f.resolution_number from funding_application f
                    join funding_status_history h on h.application_id = f.id
                    where h.changed_at >= :start and h.changed_at < :end
                      and h.status in ('AWARDED', 'REJECTED', 'FUND_EXHAUSTED'))
            order by r.register_year, r.register_seq""")
        .param("start", QuarterWindow.start(quarter)).param("end", QuarterWindow.end(quarter))
        .query((rs, row) -> new ResolutionLine(rs.getString("resolution_number"),
            QuarterWindow.seoulDate(rs, "decided_at"), rs.getString("subject_type"), rs.getString("subject_ref"),
            rs.getString("subject_title"), (Long) rs.getObject("amount_won", Long.class), rs.getString("voting_tier"),
            rs.getString("outcome"), rs.getInt("partners_approving"), rs.getInt("partners_required"),
            rs.getInt("rejections"), rs.getInt("recusals"), rs.getInt("escalations")))
        .list();
  }

  private Map<String, Long> counts(String sql, Quarter quarter) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(sql).param("start", QuarterWindow.start(quarter)).param("end", QuarterWindow.end(quarter))
        .query(rs -> {
          counts.put(rs.getString("kind"), rs.getLong("n"));
        });
    return counts;
  }
}
