package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.CouncilDecisionProcess.In;
import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.CouncilRoster;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Opens a council decision on a subject and fixes which partners must each approve it. */
@Component("openDecisionDelegate")
class OpenDecisionDelegate implements JavaDelegate {

  private final CouncilDecisions decisions;
  private final CouncilRoster roster;

  OpenDecisionDelegate(CouncilDecisions decisions, CouncilRoster roster) {
    this.decisions = decisions;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String excluded = string(execution, In.EXCLUDED_USERS);
    long decisionId = decisions.open(new CouncilDecisions.OpenedDecision(string(execution, In.SUBJECT_TYPE),
        string(execution, In.SUBJECT_REF), string(execution, In.SUBJECT_TITLE), longValue(execution, In.AMOUNT_WON),
        excluded == null ? "" : excluded, execution.getProcessInstanceId(), ClockUtil.now().toInstant()));
    execution.setVariable(Var.DECISION_ID, decisionId);
    String partnerCodes = string(execution, In.PARTNER_CODES);
    if (partnerCodes == null || partnerCodes.isBlank()) {
      execution.setVariable(In.PARTNER_CODES, String.join(",", roster.activePartnerCodes()));
    }
  }
}
