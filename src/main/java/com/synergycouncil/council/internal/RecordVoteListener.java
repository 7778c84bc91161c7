package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.flag;
import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.VoteChoice;
import com.synergycouncil.council.VoteEvent;
import com.synergycouncil.council.VoteEventType;
import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Records a completed vote in the council's own tables: a counted vote, or a recusal when the member declared
 * a conflict of interest (then the vote does not count and the process looks for another member). Input the
 * form should have refused is refused here too, so nothing is recorded and the task stays open.
 */
@Component("recordVoteListener")
class RecordVoteListener implements TaskListener {

  static final int MAX_TEXT = 2000;

  private final CouncilDecisions decisions;

  RecordVoteListener(CouncilDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean conflict = flag(task, Var.CONFLICT_DECLARED);
    String comment = bounded(task, Var.VOTE_COMMENT);
    String conflictReason = bounded(task, Var.CONFLICT_REASON);
    VoteChoice choice = null;
    if (conflict) {
      if (conflictReason == null || conflictReason.isBlank()) {
        throw new BadUserRequestException("conflictReason: describe the conflict of interest you declare");
      }
    } else {
      choice = choice(string(task, Var.VOTE_DECISION));
    }
    decisions.record(longValue(task, Var.DECISION_ID), new VoteEvent(string(task, Var.PARTNER), task.getAssignee(),
        conflict ? VoteEventType.RECUSED : VoteEventType.VOTE_CAST, choice, comment, conflict ? conflictReason : null,
        task.getAssignee(), ClockUtil.now().toInstant()));
    task.setVariable(Var.CONFLICT_DECLARED, conflict);
  }

  private static VoteChoice choice(String value) {
    try {
      return VoteChoice.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BadUserRequestException("voteDecision: must be one of " + Arrays.toString(VoteChoice.values()));
    }
  }

  private static String bounded(DelegateTask task, String name) {
    String value = string(task, name);
    if (value != null && value.length() > MAX_TEXT) {
      throw new BadUserRequestException(name + ": at most " + MAX_TEXT + " characters");
    }
    return value == null || value.isEmpty() ? null : value;
  }
}
