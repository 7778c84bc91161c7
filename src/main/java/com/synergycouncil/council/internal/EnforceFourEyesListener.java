package com.synergycouncil.council.internal;

import static com.synergycouncil.system.ProcessVariables.string;
import static com.synergycouncil.system.ProcessVariables.userIds;

import com.synergycouncil.council.CouncilDecisionProcess.In;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Four-eyes, enforced by the engine whatever the client: a user who submitted or prepared a request
 * ({@code excludedUsers}) can neither be assigned its task nor complete it, and a task with an assignee can
 * only be completed by that assignee, not on their behalf.
 */
@Component("enforceFourEyesListener")
class EnforceFourEyesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Set<String> excluded = userIds(string(task, In.EXCLUDED_USERS));
    String assignee = task.getAssignee();
    if (assignee != null && excluded.contains(assignee)) {
      throw new AuthorizationException("Four-eyes rule: " + assignee
          + " submitted or prepared this request and may not act on it.");
    }
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = current == null ? null : current.getUserId();
    if (actor == null) {
      return; // the engine itself (a job, a test harness): no person is acting
    }
    if (excluded.contains(actor)) {
      throw new AuthorizationException("Four-eyes rule: " + actor
          + " submitted or prepared this request and may not act on it.");
    }
    if (assignee == null || !assignee.equals(actor)) {
      throw new AuthorizationException("Only the assignee may complete this task; claim it first.");
    }
  }
}
