package com.synergycouncil.publication.internal;

import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.ImpactFigures;
import com.synergycouncil.reporting.Quarter;
import java.util.List;
import org.springframework.stereotype.Component;

/** The quarterly report's AI section: outputs released in the quarter and access requests decided in it. */
@Component
class PublicationFigures implements ImpactFigures {

  private final PublicationRecords records;

  PublicationFigures(PublicationRecords records) {
    this.records = records;
  }

  @Override
  public Section section() {
    return Section.AI_OUTPUTS;
  }

  @Override
  public List<ImpactFigure> figures(Quarter quarter) {
    long published = records.countPublished(quarter.start(), quarter.end());
    long granted = records.countAccessDecisions("GRANTED", quarter.start(), quarter.end());
    long refused = records.countAccessDecisions("REFUSED", quarter.start(), quarter.end());
    return List.of(
        ImpactFigure.of("AI_OUTPUTS_PUBLISHED", "공개된 AI 결과물", "AI outputs published", published, "건"),
        ImpactFigure.of("ACCESS_REQUESTS_GRANTED", "승인된 접근 요청", "Access requests granted", granted, "건"),
        ImpactFigure.of("ACCESS_REQUESTS_REFUSED", "거절된 접근 요청", "Access requests refused", refused, "건"));
  }
}
