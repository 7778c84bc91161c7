package com.synergycouncil.patents.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.patents.PatentReleaseProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Keeps a release request's status (and its history) in step with its process. Used from the model. */
@Component("patentReleaseStatus")
public class PatentReleaseStatus {

  private final ReleaseRequests requests;

  PatentReleaseStatus(ReleaseRequests requests) {
    this.requests = requests;
  }

  public void enter(DelegateExecution execution, String status) {
    change(execution, status, null);
  }

  void change(DelegateExecution execution, String status, String reason) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    requests.changeStatus(longValue(execution, Var.REQUEST_ID), status, reason,
        current == null ? null : current.getUserId(), ClockUtil.now().toInstant());
  }
}
