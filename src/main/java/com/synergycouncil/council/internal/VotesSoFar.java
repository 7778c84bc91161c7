package com.synergycouncil.council.internal;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.council.BriefingText;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.VoteEvent;
import com.synergycouncil.council.VoteEventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every partner's acts on one decision so far, from the council's own tables, partner by partner: who voted how and
 * when, with their comment; recusals (without their reason, which is the member's own) and the chair's handling of
 * overdue votes. Read each time the vote form is opened, so a vote cast a minute ago is there.
 */
@Component
class VotesSoFar {

  private final CouncilDecisions decisions;
  private final CouncilRoster roster;

  VotesSoFar(CouncilDecisions decisions, CouncilRoster roster) {
    this.decisions = decisions;
    this.roster = roster;
  }

  /** The acts on the decision, under each partner that must vote (in the given order), oldest first. */
  String describe(long decisionId, List<String> partners) {
    Map<String, List<VoteEvent>> byPartner = new LinkedHashMap<>();
    partners.forEach(partner -> byPartner.put(partner, new ArrayList<>()));
    for (VoteEvent event : decisions.events(decisionId)) {
      byPartner.computeIfAbsent(event.partnerCode(), partner -> new ArrayList<>()).add(event);
    }
    Map<String, String> names = new HashMap<>();
    BriefingText text = new BriefingText();
    byPartner.forEach((partner, events) -> {
      text.heading(roster.partnerName(partner));
      for (VoteEvent event : events) {
        String who = event.memberId() == null ? ""
            : names.computeIfAbsent(event.memberId(), roster::displayName) + " · ";
        text.item(Briefing.time(event.recordedAt()) + " · " + who + act(event));
        if (event.type() == VoteEventType.VOTE_CAST) {
          text.detail("의견 / Comment", event.comment());
        }
      }
      if (events.stream().noneMatch(VotesSoFar::settlesThePartner)) {
        text.item("아직 투표하지 않음 / not voted yet");
      }
    });
    return text.toString();
  }

  private static boolean settlesThePartner(VoteEvent event) {
    return event.type() == VoteEventType.VOTE_CAST || event.type() == VoteEventType.NO_ELIGIBLE_VOTER;
  }

  private static String act(VoteEvent event) {
    return switch (event.type()) {
      case VOTE_CAST -> switch (event.vote()) {
        case APPROVE -> "찬성 / Approve";
        case REJECT -> "반대 / Reject";
        case ABSTAIN -> "기권 / Abstain";
      };
      case RECUSED -> "이해상충으로 회피 / recused for a conflict of interest";
      case OVERDUE_EXTENDED -> "기한 초과, 의장이 기한 연장 / overdue, the chair extended the deadline";
      case OVERDUE_REASSIGNED -> "기한 초과, 의장이 다른 위원에게 재배정 / overdue, the chair reassigned the vote";
      case NO_ELIGIBLE_VOTER -> "투표할 수 있는 위원 없음 / no eligible member left";
    };
  }
}
