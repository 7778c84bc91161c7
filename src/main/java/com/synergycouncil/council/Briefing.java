package com.synergycouncil.council;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A subject's briefing for the vote form. {@code summary} (the application or request) and {@code review} (the due
 * diligence, the passport, the reviews) are plain text, shown in read-only fields and never as markup, so they may
 * carry anything a person typed. {@code documents} are links to the subject's documents as the product holds them.
 */
public record Briefing(String summary, String review, List<DocumentLink> documents) {

  public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'").withZone(SEOUL);

  public Briefing {
    documents = documents == null ? List.of() : List.copyOf(documents);
  }

  /** When nobody briefs on the subject type: the form says so rather than staying silent. */
  public static Briefing none(String subjectType) {
    return new Briefing("이 안건 유형의 요약이 없습니다 / No briefing for subjects of type " + subjectType,
        "검토 결과가 없습니다 / No review outcome", List.of());
  }

  /** When the module that owns the subject type has no record of the subject. */
  public static Briefing notFound(String subjectRef) {
    return new Briefing("안건 기록을 찾을 수 없습니다 / No record of " + subjectRef, "검토 결과가 없습니다 / No review outcome",
        List.of());
  }

  /** A time as the council reads it: {@code 2026-11-27 14:05 KST}. */
  public static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant);
  }
}
