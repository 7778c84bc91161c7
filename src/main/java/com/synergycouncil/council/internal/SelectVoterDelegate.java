package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;
import static com.synergycouncil.system.ProcessVariables.userIds;

import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.Role;
import com.synergycouncil.council.VoteEvent;
import com.synergycouncil.council.VoteEventType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Picks who votes for one partner: the first active member holding an eligible role (in the DMN's order of
 * preference) who did not submit or prepare the request, has not recused themselves from this decision and
 * was not passed over by the chair for an overdue vote. When nobody is left, records that and sets no voter.
 */
@Component("selectVoterDelegate")
class SelectVoterDelegate implements JavaDelegate {

  private static final Set<VoteEventType> PASSED_OVER =
      EnumSet.of(VoteEventType.RECUSED, VoteEventType.OVERDUE_REASSIGNED);

  private final CouncilDecisions decisions;
  private final CouncilRoster roster;

  SelectVoterDelegate(CouncilDecisions decisions, CouncilRoster roster) {
    this.decisions = decisions;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long decisionId = longValue(execution, Var.DECISION_ID);
    String partner = string(execution, Var.PARTNER);
    List<Role> roles = Arrays.stream(string(execution, Var.ELIGIBLE_ROLES).split(","))
        .map(String::trim).map(Role::valueOf).toList();
    Set<String> excluded = userIds(string(execution, In.EXCLUDED_USERS));
    Set<String> passedOver = decisions.events(decisionId).stream()
        .filter(event -> partner.equals(event.partnerCode()) && PASSED_OVER.contains(event.type()))
        .map(VoteEvent::memberId)
        .collect(Collectors.toSet());
    String voter = roster.membersWithRoles(partner, roles).stream()
        .map(CouncilMember::userId)
        .filter(userId -> !excluded.contains(userId) && !passedOver.contains(userId))
        .findFirst()
        .orElse(null);
    if (voter == null) {
      decisions.record(decisionId, new VoteEvent(partner, null, VoteEventType.NO_ELIGIBLE_VOTER, null,
          "no eligible member left for roles " + roles, null, null, ClockUtil.now().toInstant()));
    }
    execution.setVariable(Var.VOTER, voter);
  }
}
