package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.PartnerCapital;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Capital per partner: the commitment, what the quarter's awards reserved from it (by award date), and the
 * accounts' reserved, disbursed and available balances as they stand when the report is generated (the fund keeps
 * balances, not a dated ledger per partner). Plus the tranches released in the quarter.
 */
@Component
class CapitalQuery {

  private final JdbcClient jdbc;

  CapitalQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PartnerCapital> partners(Quarter quarter) {
    return jdbc.sql("""
            select p.code, p.name_ko, p.name_en, a.committed_won, a.reserved_won, a.disbursed_won,
                   coalesce(q.awarded_won, 0) awarded_won
            from partner p
            join fund_account a on a.partner_code = p.code
            left join (select c.partner_code, sum(c.amount_won) awarded_won
                       from fund_commitment c join funding_application f on f.id = c.application_id
                       where f.awarded_at >= ? and f.awarded_at < ?
                       group by c.partner_code) q on q.partner_code = p.code
            order by p.code desc""")
        .params(QuarterWindow.start(quarter), QuarterWindow.end(quarter))
        .query((rs, row) -> new PartnerCapital(rs.getString("code"), rs.getString("name_ko"), rs.getString("name_en"),
            rs.getLong("committed_won"), rs.getLong("awarded_won"), rs.getLong("reserved_won"),
            rs.getLong("disbursed_won"),
            rs.getLong("committed_won") - rs.getLong("reserved_won") - rs.getLong("disbursed_won")))
        .list();
  }

  List<ImpactFigure> flows(Quarter quarter) {
    return jdbc.sql("""
            select count(*) tranches, coalesce(sum(amount_won), 0) amount from funding_tranche
            where status = 'RELEASED' and released_at >= ? and released_at < ?""")
        .params(QuarterWindow.start(quarter), QuarterWindow.end(quarter))
        .query((rs, row) -> List.of(
            ImpactFigure.of("TRANCHES_RELEASED", "분기 중 지급된 트랜치", "Tranches released in the quarter",
                rs.getLong("tranches"), "건"),
            ImpactFigure.of("TRANCHES_RELEASED_WON", "분기 중 지급액", "Amount released in the quarter",
                rs.getLong("amount"), "원")))
        .single();
  }
}
