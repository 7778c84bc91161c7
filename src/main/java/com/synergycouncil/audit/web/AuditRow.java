package com.synergycouncil.audit.web;

import com.synergycouncil.audit.AuditAct;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An act as the pages and the CSV export print it: the same text in both, so an export matches what was shown.
 * Times are Korean (KST) to the millisecond.
 */
record AuditRow(String time, String actor, String name, String partner, String act, String process, String request,
    String details) {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
      .withZone(com.synergycouncil.audit.AuditFilter.KOREA);
  static final String ENGINE = "엔진·프로세스 / engine, process";
  static final List<String> HEADERS = List.of("시각 (KST) / Time", "행위자 / Actor", "이름 / Name", "파트너 / Partner",
      "행위 / Act", "프로세스 / Process", "요청 / Request", "내용 / Details");

  static AuditRow of(AuditAct act) {
    return new AuditRow(TIME.format(act.time()), text(act.actor()),
        act.actor() == null ? ENGINE : text(act.actorName()), text(act.actorPartner()), act.kind().label(),
        text(act.process()), text(act.requestRef()),
        text(act.details()) + (act.affectedUser() == null ? "" : " [대상 / affects: " + act.affectedUser() + "]"));
  }

  List<String> cells() {
    return List.of(time, actor, name, partner, act, process, request, details);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
