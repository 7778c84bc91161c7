package com.synergycouncil.reporting.internal;

import com.synergycouncil.funding.ImpactMetric;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ImpactLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portfolio's impact: the figures of milestone reports a fund manager accepted (in the quarter, and in total up
 * to its end) against the goals of the applications awarded by the quarter's end and not withdrawn by then.
 */
@Component
class ImpactQuery {

  /** The indicators milestone reports carry, with the column that holds each. */
  record Indicator(ImpactMetric metric, String column, String labelKo, String labelEn, String unit) {
  }

  static final List<Indicator> INDICATORS = List.of(
      new Indicator(ImpactMetric.JOBS_CREATED, "jobs_created", "일자리 창출", "Jobs created", "명"),
      new Indicator(ImpactMetric.GHG_REDUCED_TONNES, "ghg_reduced_tonnes", "온실가스 감축", "Greenhouse gas reduced",
          "tCO2e"),
      new Indicator(ImpactMetric.PLASTIC_RECYCLED_TONNES, "plastic_recycled_tonnes", "플라스틱 재활용",
          "Plastic recycled", "t"));

  private final JdbcClient jdbc;

  ImpactQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ImpactLine> lines(Quarter quarter) {
    StringBuilder select = new StringBuilder("select ");
    for (Indicator indicator : INDICATORS) {
      String column = indicator.column();
      select.append("coalesce(sum(case when reviewed_at >= :start then ").append(column)
          .append(" else 0 end), 0) q_").append(column).append(", coalesce(sum(").append(column)
          .append("), 0) c_").append(column).append(", ");
    }
    select.setLength(select.length() - 2);
    select.append(" from funding_milestone_report where decision = 'ACCEPT' and reviewed_at < :end");
    Map<String, BigDecimal> achieved = jdbc.sql(select.toString())
        .param("start", QuarterWindow.start(quarter)).param("end", QuarterWindow.end(quarter))
        .query((rs, row) -> {
          Map<String, BigDecimal> values = new HashMap<>();
          for (Indicator indicator : INDICATORS) {
            values.put("q_" + indicator.column(), rs.getBigDecimal("q_" + indicator.column()));
            values.put("c_" + indicator.column(), rs.getBigDecimal("c_" + indicator.column()));
          }
          return values;
        }).single();
    Map<String, BigDecimal> goals = new HashMap<>();
    jdbc.sql("""
            select g.metric, sum(g.target_value) goal
            from funding_impact_goal g join funding_application f on f.id = g.application_id
            where f.awarded_at < :end
              and not exists (select 1 from funding_status_history h
                              where h.application_id = f.id and h.status = 'WITHDRAWN' and h.changed_at < :end)
            group by g.metric""")
        .param("end", QuarterWindow.end(quarter))
        .query(rs -> {
          goals.put(rs.getString("metric"), rs.getBigDecimal("goal"));
        });
    return INDICATORS.stream().map(indicator -> line(indicator, achieved, goals)).toList();
  }

  private static ImpactLine line(Indicator indicator, Map<String, BigDecimal> achieved, Map<String, BigDecimal> goals) {
    BigDecimal inQuarter = plain(achieved.get("q_" + indicator.column()));
    BigDecimal cumulative = plain(achieved.get("c_" + indicator.column()));
    BigDecimal goal = plain(goals.get(indicator.metric().name()));
    BigDecimal percent = goal.signum() == 0 ? null
        : cumulative.multiply(BigDecimal.valueOf(100)).divide(goal, 1, RoundingMode.HALF_UP);
    String iris = indicator.metric().irisCode();
    return new ImpactLine(indicator.metric().name(), iris == null ? "-" : iris, indicator.labelKo(),
        indicator.labelEn(), indicator.unit(), inQuarter, cumulative, goal, percent);
  }

  /** Canonical numbers: no trailing zeros, never negative zero, 0 when missing. */
  static BigDecimal plain(BigDecimal value) {
    if (value == null || value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
