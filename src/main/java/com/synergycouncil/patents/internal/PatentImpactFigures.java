package com.synergycouncil.patents.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.ImpactFigures;
import com.synergycouncil.reporting.Quarter;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The patents section of the quarterly report: what was opened, licensed, transferred, pooled, and used. */
@Component
class PatentImpactFigures implements ImpactFigures {

  private final JdbcClient jdbc;

  PatentImpactFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Section section() {
    return Section.PATENTS;
  }

  @Override
  public List<ImpactFigure> figures(Quarter quarter) {
    Timestamp from = Timestamp.from(quarter.start());
    Timestamp to = Timestamp.from(quarter.end());
    List<ImpactFigure> figures = new ArrayList<>();
    for (ImpactFigure figure : Section.PATENTS.defaults()) {
      long value = switch (figure.code()) {
        case "PATENTS_OPENED" -> granted("OPENING", from, to);
        case "PATENTS_LICENSED" -> granted("LICENCE", from, to);
        case "PATENTS_TRANSFERRED" -> granted("TRANSFER", from, to);
        case "PATENTS_POOLED" -> granted("POOL", from, to);
        case "RECIPIENTS_REPORTING_USE" -> jdbc.sql("""
            select count(distinct request_id) from patent_use_report where reported_at >= ? and reported_at < ?""")
            .params(from, to).query(Long.class).single();
        case "RECIPIENT_SALES_WON" -> jdbc.sql("""
            select coalesce(sum(sales_won), 0) from patent_use_report where reported_at >= ? and reported_at < ?""")
            .params(from, to).query(Long.class).single();
        default -> 0L;
      };
      figures.add(figure.withValue(java.math.BigDecimal.valueOf(value)));
    }
    return figures;
  }

  private long granted(String requestKind, Timestamp from, Timestamp to) {
    return jdbc.sql("""
        select count(distinct l.patent_id) from patent_licence l join release_request r on r.id = l.source_request_id
        where r.kind = ? and l.granted_at >= ? and l.granted_at < ?""")
        .params(requestKind, from, to).query(Long.class).single();
  }
}
