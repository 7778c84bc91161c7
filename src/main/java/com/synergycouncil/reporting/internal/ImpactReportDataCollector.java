package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactFigures.Section;
import com.synergycouncil.reporting.Quarter;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Reads a quarter's figures from the project's tables (a handful of set-based queries) into a snapshot. */
@Component
public class ImpactReportDataCollector {

  private final PipelineQuery pipeline;
  private final CapitalQuery capital;
  private final ImpactQuery impact;
  private final GovernanceQuery governance;
  private final ContributedFigures contributed;

  ImpactReportDataCollector(PipelineQuery pipeline, CapitalQuery capital, ImpactQuery impact,
      GovernanceQuery governance, ContributedFigures contributed) {
    this.pipeline = pipeline;
    this.capital = capital;
    this.impact = impact;
    this.governance = governance;
    this.contributed = contributed;
  }

  public ImpactReportSnapshot collect(Quarter quarter, int version, Instant generatedAt, String generatedBy,
      String evidenceChainHead) {
    return new ImpactReportSnapshot(quarter.year(), quarter.quarter(), version, quarter.firstDay(), quarter.lastDay(),
        generatedAt, generatedBy, evidenceChainHead,
        pipeline.figures(quarter), pipeline.rejections(quarter),
        capital.partners(quarter), capital.flows(quarter),
        impact.lines(quarter),
        contributed.section(Section.PATENTS, quarter), contributed.section(Section.AI_OUTPUTS, quarter),
        governance.figures(quarter), governance.resolutions(quarter));
  }
}
