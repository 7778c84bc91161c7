package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.VoteEvent;
import com.synergycouncil.council.VoteEventType;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records what the chair did with an overdue vote: more time for the same member, or another member. */
@Component("recordEscalationListener")
class RecordEscalationListener implements TaskListener {

  static final String EXTEND = "EXTEND";
  static final String REASSIGN = "REASSIGN";

  private final CouncilDecisions decisions;

  RecordEscalationListener(CouncilDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    String action = string(task, Var.OVERDUE_ACTION);
    if (!EXTEND.equals(action) && !REASSIGN.equals(action)) {
      throw new BadUserRequestException("overdueAction: must be EXTEND or REASSIGN");
    }
    String comment = string(task, Var.CHAIR_COMMENT);
    if (comment != null && comment.length() > RecordVoteListener.MAX_TEXT) {
      throw new BadUserRequestException("chairComment: at most " + RecordVoteListener.MAX_TEXT + " characters");
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String chair = current != null ? current.getUserId() : task.getAssignee();
    decisions.record(longValue(task, Var.DECISION_ID), new VoteEvent(string(task, Var.PARTNER),
        string(task, Var.VOTER), EXTEND.equals(action) ? VoteEventType.OVERDUE_EXTENDED : VoteEventType.OVERDUE_REASSIGNED,
        null, comment, null, chair, ClockUtil.now().toInstant()));
  }
}
