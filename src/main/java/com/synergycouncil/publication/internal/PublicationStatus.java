package com.synergycouncil.publication.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputStatus;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Keeps the output's status in step with its process. Used from the model as
 * {@code ${publicationStatus.enter(execution, 'IN_COUNCIL')}}, {@code ${publicationStatus.startReviews(execution)}}
 * and {@code ${publicationStatus.sendBack(execution)}}.
 */
@Component("publicationStatus")
public class PublicationStatus {

  private final PublicationRecords records;

  PublicationStatus(PublicationRecords records) {
    this.records = records;
  }

  public void enter(DelegateExecution execution, String status) {
    change(execution, AiOutputStatus.valueOf(status), null);
  }

  /** A new review round: nobody has sent it back yet. */
  public void startReviews(DelegateExecution execution) {
    Long round = longValue(execution, Var.REVIEW_ROUND);
    execution.setVariable(Var.REVIEW_ROUND, round == null ? 1L : round + 1);
    execution.setVariable(Var.SENT_BACK, false);
  }

  /** Collects the round's send-back comments for the requester's revise task. */
  public void sendBack(DelegateExecution execution) {
    long round = longValue(execution, Var.REVIEW_ROUND);
    String comments = records.reviews(longValue(execution, Var.OUTPUT_ID)).stream()
        .filter(review -> review.round() == round && "SEND_BACK".equals(review.decision()))
        .map(review -> review.area() + " (" + review.reviewer() + "): " + review.comment())
        .collect(Collectors.joining("\n"));
    execution.setVariable(Var.REVIEW_COMMENTS, comments);
    change(execution, AiOutputStatus.REVISION_REQUESTED, comments);
  }

  void change(VariableScope scope, AiOutputStatus status, String reason) {
    change(scope, status, reason, currentUser(scope));
  }

  void change(VariableScope scope, AiOutputStatus status, String reason, String actor) {
    records.changeStatus(longValue(scope, Var.OUTPUT_ID), status, reason, actor, ClockUtil.now().toInstant());
  }

  private static String currentUser(VariableScope scope) {
    if (scope instanceof DelegateExecution execution) {
      Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      return current == null ? null : current.getUserId();
    }
    return null;
  }
}
