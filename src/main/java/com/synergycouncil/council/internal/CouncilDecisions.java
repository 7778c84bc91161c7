package com.synergycouncil.council.internal;

import com.synergycouncil.council.Resolution;
import com.synergycouncil.council.ResolutionOutcome;
import com.synergycouncil.council.VoteChoice;
import com.synergycouncil.council.VoteEvent;
import com.synergycouncil.council.VoteEventType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The council's tables: decisions, the acts on them, and the append-only register. */
@Repository
public class CouncilDecisions {

  private final JdbcClient jdbc;

  CouncilDecisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long open(OpenedDecision decision) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into council_decision (subject_type, subject_ref, subject_title, amount_won, excluded_users,
              process_instance_id, opened_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(decision.subjectType(), decision.subjectRef(), decision.subjectTitle(), decision.amountWon(),
            decision.excludedUsers(), decision.processInstanceId(), Timestamp.from(decision.openedAt()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  OpenedDecision decision(long decisionId) {
    return jdbc.sql("select * from council_decision where id = ?").param(decisionId)
        .query((rs, row) -> new OpenedDecision(rs.getString("subject_type"), rs.getString("subject_ref"),
            rs.getString("subject_title"), (Long) rs.getObject("amount_won", Long.class),
            rs.getString("excluded_users"), rs.getString("process_instance_id"),
            rs.getTimestamp("opened_at").toInstant()))
        .single();
  }

  void record(long decisionId, VoteEvent event) {
    jdbc.sql("""
            insert into council_vote_event (decision_id, partner_code, member_id, event_type, vote, comment,
              conflict_reason, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(decisionId, event.partnerCode(), event.memberId(), event.type().name(),
            event.vote() == null ? null : event.vote().name(), event.comment(), event.conflictReason(),
            event.recordedBy(), Timestamp.from(event.recordedAt()))
        .update();
  }

  List<VoteEvent> events(long decisionId) {
    return jdbc.sql("select * from council_vote_event where decision_id = ? order by id").param(decisionId)
        .query(CouncilDecisions::toEvent).list();
  }

  void register(long decisionId, String number, int year, int sequence, String votingTier, ResolutionOutcome outcome,
      Tally tally, Instant decidedAt) {
    OpenedDecision decision = decision(decisionId);
    jdbc.sql("""
            insert into resolution (resolution_number, register_year, register_seq, decision_id, subject_type,
              subject_ref, subject_title, amount_won, voting_tier, outcome, partners_approving, partners_required,
              rejections, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(number, year, sequence, decisionId, decision.subjectType(), decision.subjectRef(),
            decision.subjectTitle(), decision.amountWon(), votingTier, outcome.name(), tally.partnersApproving(),
            tally.partnersRequired(), tally.rejections(), Timestamp.from(decidedAt))
        .update();
  }

  public Optional<Resolution> resolution(String number) {
    return jdbc.sql("select * from resolution where resolution_number = ?").param(number)
        .query((rs, row) -> toResolution(rs, this::events)).optional();
  }

  /** Every resolution on a subject with its acts: two queries, whatever the number of resolutions. */
  public List<Resolution> resolutionsFor(String subjectType, String subjectRef) {
    Map<Long, List<VoteEvent>> events = new HashMap<>();
    jdbc.sql("""
            select e.* from council_vote_event e join council_decision d on d.id = e.decision_id
            where d.subject_type = ? and d.subject_ref = ? order by e.id""")
        .params(subjectType, subjectRef)
        .query((RowCallbackHandler) rs -> events.computeIfAbsent(rs.getLong("decision_id"), id -> new ArrayList<>())
            .add(toEvent(rs, 0)));
    return jdbc.sql("select * from resolution where subject_type = ? and subject_ref = ? order by decided_at, resolution_number")
        .params(subjectType, subjectRef)
        .query((rs, row) -> toResolution(rs, decisionId -> events.getOrDefault(decisionId, List.of()))).list();
  }

  public List<VoteEvent> openEvents(String subjectType, String subjectRef) {
    return jdbc.sql("""
            select e.* from council_vote_event e join council_decision d on d.id = e.decision_id
            where d.subject_type = ? and d.subject_ref = ?
              and not exists (select 1 from resolution r where r.decision_id = d.id)
            order by e.id""")
        .params(subjectType, subjectRef).query(CouncilDecisions::toEvent).list();
  }

  private static Resolution toResolution(ResultSet rs, LongFunction<List<VoteEvent>> eventsOf) throws SQLException {
    long decisionId = rs.getLong("decision_id");
    return new Resolution(rs.getString("resolution_number"), rs.getString("subject_type"), rs.getString("subject_ref"),
        rs.getString("subject_title"), rs.getObject("amount_won", Long.class), rs.getString("voting_tier"),
        ResolutionOutcome.valueOf(rs.getString("outcome")), rs.getInt("partners_approving"),
        rs.getInt("partners_required"), rs.getInt("rejections"), rs.getTimestamp("decided_at").toInstant(),
        eventsOf.apply(decisionId));
  }

  private static VoteEvent toEvent(ResultSet rs, int row) throws SQLException {
    String vote = rs.getString("vote");
    return new VoteEvent(rs.getString("partner_code"), rs.getString("member_id"),
        VoteEventType.valueOf(rs.getString("event_type")), vote == null ? null : VoteChoice.valueOf(vote),
        rs.getString("comment"), rs.getString("conflict_reason"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant());
  }

  /** Counts the votes that count: per partner its cast vote, if any. */
  static Tally tally(List<String> partners, List<VoteEvent> events) {
    Map<String, List<VoteChoice>> cast = events.stream()
        .filter(event -> event.type() == VoteEventType.VOTE_CAST)
        .collect(Collectors.groupingBy(VoteEvent::partnerCode,
            Collectors.mapping(VoteEvent::vote, Collectors.toList())));
    int approving = (int) partners.stream()
        .filter(partner -> cast.getOrDefault(partner, List.of()).contains(VoteChoice.APPROVE))
        .count();
    int rejections = (int) cast.values().stream().flatMap(List::stream).filter(VoteChoice.REJECT::equals).count();
    return new Tally(approving, partners.size(), rejections);
  }

  record OpenedDecision(String subjectType, String subjectRef, String subjectTitle, Long amountWon,
      String excludedUsers, String processInstanceId, Instant openedAt) {
  }

  record Tally(int partnersApproving, int partnersRequired, int rejections) {
  }
}
