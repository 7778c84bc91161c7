package com.synergycouncil.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the product's own acts in the append-only {@code audit_event} table, where the audit trail finds them:
 * the trail viewed or exported, and (for the reporting module) a report generated, signed or downloaded.
 */
@Component
public class AuditLog {

  static final int MAX_DETAILS = 2000;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param actor      the user who acted
   * @param subjectRef what the act concerns (a request, a report), or null
   */
  @Transactional
  public void record(AuditEventKind kind, String actor, String subjectRef, String details) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actor, "actor");
    String bounded = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    jdbc.sql("insert into audit_event (kind, actor, occurred_at, subject_ref, details) values (?, ?, ?, ?, ?)")
        .params(kind.name(), actor, Timestamp.from(clock.instant()), subjectRef, bounded)
        .update();
  }
}
