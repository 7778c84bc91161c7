package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.RejectionLine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The fund pipeline of a quarter: applications received (submitted in the quarter) and the applications whose
 * status changed in the quarter, by the status they reached; the ones that ended without funding, with the reason.
 */
@Component
class PipelineQuery {

  static final List<String> NOT_FUNDED = List.of("INELIGIBLE", "DECLINED", "REJECTED", "FUND_EXHAUSTED");

  private final JdbcClient jdbc;

  PipelineQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ImpactFigure> figures(Quarter quarter) {
    long received = jdbc.sql("select count(*) from funding_application where submitted_at >= ? and submitted_at < ?")
        .params(QuarterWindow.start(quarter), QuarterWindow.end(quarter)).query(Long.class).single();
    Map<String, Long> reached = new HashMap<>();
    jdbc.sql("""
            select status, count(distinct application_id) applications from funding_status_history
            where changed_at >= ? and changed_at < ? group by status""")
        .params(QuarterWindow.start(quarter), QuarterWindow.end(quarter))
        .query(rs -> {
          reached.put(rs.getString("status"), rs.getLong("applications"));
        });
    long notFunded = NOT_FUNDED.stream().mapToLong(status -> reached.getOrDefault(status, 0L)).sum();
    return List.of(
        ImpactFigure.of("RECEIVED", "지원 신청 접수", "Applications received", received, "건"),
        ImpactFigure.of("ELIGIBLE", "자격 심사 통과", "Eligible (passed screening)", count(reached, "IN_DUE_DILIGENCE"), "건"),
        ImpactFigure.of("APPROVED", "지원 승인", "Approved (awarded)", count(reached, "AWARDED"), "건"),
        ImpactFigure.of("REJECTED", "거절 합계", "Rejected in total", notFunded, "건"),
        ImpactFigure.of("INELIGIBLE", "└ 부적격", "└ ineligible at screening", count(reached, "INELIGIBLE"), "건"),
        ImpactFigure.of("DECLINED", "└ 실사 후 거절", "└ declined after due diligence", count(reached, "DECLINED"), "건"),
        ImpactFigure.of("COUNCIL_REJECTED", "└ 협의회 부결", "└ rejected by the council", count(reached, "REJECTED"), "건"),
        ImpactFigure.of("FUND_EXHAUSTED", "└ 기금 부족", "└ fund exhausted", count(reached, "FUND_EXHAUSTED"), "건"),
        ImpactFigure.of("WITHDRAWN", "철회", "Withdrawn", count(reached, "WITHDRAWN"), "건"),
        ImpactFigure.of("COMPLETED", "지원 완료", "Completed (every tranche paid)", count(reached, "COMPLETED"), "건"));
  }

  List<RejectionLine> rejections(Quarter quarter) {
    return jdbc.sql("""
            select a.reference, a.company_name, h.status, h.reason, h.changed_at
            from funding_status_history h join funding_application a on a.id = h.application_id
            where h.changed_at >= ? and h.changed_at < ?
              and h.status in ('INELIGIBLE', 'DECLINED', 'REJECTED', 'FUND_EXHAUSTED')
            order by h.changed_at, h.id""")
        .params(QuarterWindow.start(quarter), QuarterWindow.end(quarter))
        .query((rs, row) -> new RejectionLine(rs.getString("reference"), rs.getString("company_name"),
            rs.getString("status"), rs.getString("reason"), QuarterWindow.seoulDate(rs, "changed_at")))
        .list();
  }

  private static long count(Map<String, Long> reached, String status) {
    return reached.getOrDefault(status, 0L);
  }
}
