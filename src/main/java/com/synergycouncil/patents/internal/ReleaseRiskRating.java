package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.PatentReleaseProcess;
import com.synergycouncil.system.EngineAsSystem;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rates the passing patents of a request with the PatentReleaseRisk decision: evaluated once per distinct set of
 * facts (bounded by the combinations of the decision's inputs, not by the number of patents), stored with one UPDATE
 * per risk level, and the highest risk is the request's.
 */
@Component
public class ReleaseRiskRating {

  static final List<String> ORDER = List.of("LOW", "MEDIUM", "HIGH");

  private final JdbcClient jdbc;
  private final DecisionService decisions;
  private final EngineAsSystem engine;

  ReleaseRiskRating(JdbcClient jdbc, DecisionService decisions, EngineAsSystem engine) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.engine = engine;
  }

  private record Facts(int strategicValue, String field, boolean standardEssential, int remainingYears) {
  }

  /** Returns the request's risk level, or null when nothing passed. */
  public String rate(long requestId, LocalDate today) {
    Map<Long, Facts> byPatent = new HashMap<>();
    jdbc.sql("""
        select p.id, p.strategic_value, p.technology_field, p.standard_essential, p.expiry_date
        from release_request_patent r join patent p on p.id = r.patent_id
        where r.request_id = ? and r.passport = 'PASSED'""").param(requestId)
        .query((rs, n) -> byPatent.put(rs.getLong(1), new Facts(rs.getInt(2), rs.getString(3), rs.getBoolean(4),
            Math.max(0, Period.between(today, rs.getObject(5, LocalDate.class)).getYears())))).list();
    Map<Facts, String> risks = new HashMap<>();
    byPatent.values().stream().distinct().forEach(facts -> risks.put(facts, evaluate(facts)));
    Map<String, List<Long>> byRisk = new HashMap<>();
    byPatent.forEach((patentId, facts) -> byRisk.computeIfAbsent(risks.get(facts), risk -> new ArrayList<>())
        .add(patentId));
    // one statement per risk level (and per Patents.CHUNK patents), not one per patent
    byRisk.forEach((risk, patentIds) -> {
      for (int from = 0; from < patentIds.size(); from += Patents.CHUNK) {
        jdbc.sql("update release_request_patent set risk_level = :risk where request_id = :id and patent_id in (:ids)")
            .param("risk", risk).param("id", requestId)
            .param("ids", patentIds.subList(from, Math.min(patentIds.size(), from + Patents.CHUNK))).update();
      }
    });
    return risks.values().stream().max(java.util.Comparator.comparingInt(ORDER::indexOf)).orElse(null);
  }

  private String evaluate(Facts facts) {
    return engine.call(() -> decisions.evaluateDecisionTableByKey(PatentReleaseProcess.RISK_DECISION,
        Variables.createVariables().putValue("strategicValue", facts.strategicValue())
            .putValue("technologyField", facts.field()).putValue("standardEssential", facts.standardEssential())
            .putValue("remainingLifeYears", facts.remainingYears()))
        .getSingleResult().getEntry("riskLevel"));
  }
}
