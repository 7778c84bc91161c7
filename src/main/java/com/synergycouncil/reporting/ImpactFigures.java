package com.synergycouncil.reporting;

import java.util.List;

/**
 * A module's contribution to the quarterly report (the patents module for {@link Section#PATENTS}, the publication
 * module for {@link Section#AI_OUTPUTS}): declare a Spring bean implementing this interface. Until one exists the
 * section still appears, every figure at zero, with the note "no records yet".
 */
public interface ImpactFigures {

  Section section();

  /**
   * The section's figures for the quarter [{@link Quarter#start()}, {@link Quarter#end()}), each identified by one of
   * the section's {@link Section#defaults() codes} (other codes are added after them). Called once per report; an
   * exception fails the generation, which the engine then retries and finally reports as an incident.
   */
  List<ImpactFigure> figures(Quarter quarter);

  /** The sections other modules fill, with the figures each must report (zero by default). */
  enum Section {
    PATENTS(List.of(
        ImpactFigure.of("PATENTS_OPENED", "개방 특허", "Patents opened", 0, "건"),
        ImpactFigure.of("PATENTS_LICENSED", "실시 허락 특허", "Patents licensed", 0, "건"),
        ImpactFigure.of("PATENTS_TRANSFERRED", "무상 양도 특허", "Patents transferred free of charge", 0, "건"),
        ImpactFigure.of("PATENTS_POOLED", "특허 풀 편입", "Patents placed in the joint pool", 0, "건"),
        ImpactFigure.of("RECIPIENTS_REPORTING_USE", "활용 보고 수혜 기업", "Recipients reporting use", 0, "곳"),
        ImpactFigure.of("RECIPIENT_SALES_WON", "수혜 기업 관련 매출", "Recipients' resulting sales", 0, "원"))),
    AI_OUTPUTS(List.of(
        ImpactFigure.of("AI_OUTPUTS_PUBLISHED", "공개된 AI 결과물", "AI outputs published", 0, "건"),
        ImpactFigure.of("ACCESS_REQUESTS_GRANTED", "승인된 접근 요청", "Access requests granted", 0, "건"),
        ImpactFigure.of("ACCESS_REQUESTS_REFUSED", "거절된 접근 요청", "Access requests refused", 0, "건")));

    private final List<ImpactFigure> defaults;

    Section(List<ImpactFigure> defaults) {
      this.defaults = defaults;
    }

    public List<ImpactFigure> defaults() {
      return defaults;
    }
  }
}
