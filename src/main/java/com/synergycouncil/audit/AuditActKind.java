package com.synergycouncil.audit;

/** What kind of act an entry of the audit trail is, with its Korean and English label. */
public enum AuditActKind {
  SUBMITTED("신청 접수", "Submission"),
  STATUS_CHANGED("상태 변경", "Status change"),
  WITHDRAWN("철회", "Withdrawal"),
  ASSIGNED("배정", "Assignment"),
  CLAIMED("업무 인수", "Claim"),
  TASK_COMPLETED("업무 완료", "Task completed"),
  TASK_DELEGATED("업무 위임", "Delegation"),
  TASK_RESOLVED("위임 업무 회신", "Delegated task resolved"),
  TASK_CHANGED("업무 변경", "Task change"),
  VOTED("투표", "Vote"),
  RECUSED("이해충돌 회피", "Recusal"),
  ESCALATION_EXTENDED("기한 초과: 기한 연장", "Overdue: more time"),
  ESCALATION_REASSIGNED("기한 초과: 재배정", "Overdue: reassigned"),
  NO_ELIGIBLE_VOTER("투표 가능 위원 없음", "No eligible voter"),
  DECIDED("의결", "Resolution"),
  INCIDENT_CREATED("장애 발생", "Incident"),
  INCIDENT_RESOLVED("장애 해결", "Incident resolved"),
  INCIDENT_DELETED("장애 종료(삭제)", "Incident closed (deleted)"),
  ENGINE_OPERATION("엔진 조작", "Engine operation"),
  USER_CHANGED("사용자·그룹 변경", "User or group change"),
  PERMISSION_CHANGED("권한 변경", "Permission change"),
  AUDIT_VIEWED("감사 추적 열람", "Audit trail viewed"),
  AUDIT_EXPORTED("감사 추적 내보내기", "Audit trail exported"),
  CHAIN_VERIFIED("무결성 검증", "Integrity verified"),
  REPORT_GENERATED("보고서 생성", "Report generated"),
  REPORT_SIGNED("보고서 서명", "Report signed"),
  REPORT_DOWNLOADED("보고서 다운로드", "Report downloaded");

  private final String labelKo;
  private final String labelEn;

  AuditActKind(String labelKo, String labelEn) {
    this.labelKo = labelKo;
    this.labelEn = labelEn;
  }

  /** E.g. {@code 투표 / Vote}. */
  public String label() {
    return labelKo + " / " + labelEn;
  }
}
