package com.synergycouncil.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The canonical text of a resolution as the chain hashes it: its register fields and every vote event behind it, in
 * a fixed order, one {@code key=value} line each (UTF-8; a null value is the key alone; backslash, CR and LF
 * escaped). Recomputable by anyone with the rows and {@code sha256sum}.
 */
@Component
public class ResolutionContent {

  static final String FORMAT = "format=synergy-council/resolution/v1";

  private final JdbcClient jdbc;

  ResolutionContent(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The canonical text of one resolution, as the rows stand now. */
  public String of(String resolutionNumber) {
    Row row = jdbc.sql("select * from resolution where resolution_number = ?").param(resolutionNumber)
        .query((rs, n) -> row(rs)).single();
    List<Event> events = jdbc.sql("select * from council_vote_event where decision_id = ? order by id")
        .param(row.decisionId()).query((rs, n) -> event(rs)).list();
    return canonical(row, events);
  }

  /** The canonical text of every resolution by number, read in two queries. */
  public Map<String, String> all() {
    Map<Long, List<Event>> events = jdbc.sql("""
            select * from council_vote_event where decision_id in (select decision_id from resolution) order by id""")
        .query((rs, n) -> event(rs)).list().stream()
        .collect(Collectors.groupingBy(Event::decisionId));
    Map<String, String> texts = new HashMap<>();
    jdbc.sql("select * from resolution").query((rs, n) -> row(rs)).list()
        .forEach(row -> texts.put(row.number(), canonical(row, events.getOrDefault(row.decisionId(), List.of()))));
    return texts;
  }

  static String canonical(Row row, List<Event> events) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    line(text, "resolution_number", row.number());
    line(text, "register_year", row.year());
    line(text, "register_seq", row.seq());
    line(text, "decision_id", row.decisionId());
    line(text, "subject_type", row.subjectType());
    line(text, "subject_ref", row.subjectRef());
    line(text, "subject_title", row.subjectTitle());
    line(text, "amount_won", row.amountWon());
    line(text, "voting_tier", row.votingTier());
    line(text, "outcome", row.outcome());
    line(text, "partners_approving", row.partnersApproving());
    line(text, "partners_required", row.partnersRequired());
    line(text, "rejections", row.rejections());
    line(text, "decided_at", row.decidedAt());
    line(text, "events", events.size());
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      String prefix = "event." + (i + 1) + ".";
      line(text, prefix + "id", event.id());
      line(text, prefix + "partner_code", event.partnerCode());
      line(text, prefix + "member_id", event.memberId());
      line(text, prefix + "event_type", event.type());
      line(text, prefix + "vote", event.vote());
      line(text, prefix + "comment", event.comment());
      line(text, prefix + "conflict_reason", event.conflictReason());
      line(text, prefix + "recorded_by", event.recordedBy());
      line(text, prefix + "recorded_at", event.recordedAt());
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String key, Object value) {
    text.append(key);
    if (value != null) {
      text.append('=').append(value.toString().replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"));
    }
    text.append('\n');
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(rs.getString("resolution_number"), rs.getInt("register_year"), rs.getInt("register_seq"),
        rs.getLong("decision_id"), rs.getString("subject_type"), rs.getString("subject_ref"),
        rs.getString("subject_title"), rs.getObject("amount_won", Long.class), rs.getString("voting_tier"),
        rs.getString("outcome"), rs.getInt("partners_approving"), rs.getInt("partners_required"),
        rs.getInt("rejections"), instant(rs, "decided_at"));
  }

  private static Event event(ResultSet rs) throws SQLException {
    return new Event(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("partner_code"),
        rs.getString("member_id"), rs.getString("event_type"), rs.getString("vote"), rs.getString("comment"),
        rs.getString("conflict_reason"), rs.getString("recorded_by"), instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  record Row(String number, int year, int seq, long decisionId, String subjectType, String subjectRef,
      String subjectTitle, Long amountWon, String votingTier, String outcome, int partnersApproving,
      int partnersRequired, int rejections, Instant decidedAt) {
  }

  record Event(long id, long decisionId, String partnerCode, String memberId, String type, String vote,
      String comment, String conflictReason, String recordedBy, Instant recordedAt) {
  }
}
