package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.council.CouncilDecisionProcess.Out;
import com.synergycouncil.council.CouncilDecisionProcess.Var;
import com.synergycouncil.council.ResolutionOutcome;
import com.synergycouncil.council.ResolutionRecorded;
import com.synergycouncil.system.ReferenceNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Appends the decision to the resolution register under the next number, e.g. SC-2026-0001, and announces it
 * ({@link ResolutionRecorded}) in the same transaction, so the audit module chains it or nothing is recorded.
 */
@Component("recordResolutionDelegate")
class RecordResolutionDelegate implements JavaDelegate {

  static final String SERIES = "SC";

  private final CouncilDecisions decisions;
  private final ReferenceNumbers numbers;
  private final ApplicationEventPublisher events;

  RecordResolutionDelegate(CouncilDecisions decisions, ReferenceNumbers numbers, ApplicationEventPublisher events) {
    this.decisions = decisions;
    this.numbers = numbers;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReferenceNumbers.Reference number = numbers.next(SERIES);
    CouncilDecisions.Tally tally = new CouncilDecisions.Tally(
        longValue(execution, Var.PARTNERS_APPROVING).intValue(), longValue(execution, Var.PARTNERS_REQUIRED).intValue(),
        longValue(execution, Var.REJECTIONS).intValue());
    decisions.register(longValue(execution, Var.DECISION_ID), number.toString(), number.year(), number.sequence(),
        string(execution, Var.VOTING_TIER), ResolutionOutcome.valueOf(string(execution, Out.RESOLUTION_OUTCOME)),
        tally, ClockUtil.now().toInstant());
    events.publishEvent(new ResolutionRecorded(number.toString()));
    execution.setVariable(Out.RESOLUTION_NUMBER, number.toString());
  }
}
