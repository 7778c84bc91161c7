package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.CouncilRoster;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts, from the recorded votes, how many partners approved and how many rejections there were. */
@Component("tallyVotesDelegate")
class TallyVotesDelegate implements JavaDelegate {

  private final CouncilDecisions decisions;
  private final CouncilRoster roster;

  TallyVotesDelegate(CouncilDecisions decisions, CouncilRoster roster) {
    this.decisions = decisions;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long decisionId = longValue(execution, Var.DECISION_ID);
    CouncilDecisions.Tally tally = CouncilDecisions.tally(
        roster.partnerList(string(execution, In.PARTNER_CODES)), decisions.events(decisionId));
    execution.setVariable(Var.PARTNERS_APPROVING, tally.partnersApproving());
    execution.setVariable(Var.PARTNERS_REQUIRED, tally.partnersRequired());
    execution.setVariable(Var.REJECTIONS, tally.rejections());
  }
}
