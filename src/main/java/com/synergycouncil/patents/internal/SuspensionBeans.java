package com.synergycouncil.patents.internal;

import com.synergycouncil.system.FormInput;
import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.patents.LicenceSuspensionProcess.Var;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates and the listener of LicenceSuspensionProcess. */
@Configuration(proxyBeanMethods = false)
class SuspensionBeans {

  @Bean
  JavaDelegate suspendLicencesDelegate(Suspensions suspensions) {
    return execution -> {
      int[] counts = suspensions.suspend(longValue(execution, Var.SUSPENSION_ID),
          (String) execution.getVariable(Var.LICENSEE), ClockUtil.now().toInstant());
      execution.setVariable(Var.LICENCES_SUSPENDED, counts[0]);
      execution.setVariable(Var.LICENCES_UNAFFECTED, counts[1]);
    };
  }

  @Bean
  TaskListener recordSuspensionDecisionListener(Suspensions suspensions) {
    return task -> {
      FormInput form = new FormInput(task);
      form.choice(Var.DECISION, "CONFIRM", "LIFT");
      String comment = form.text(Var.COMMENT, 10, 2000);
      form.check();
      Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String decidedBy = current != null ? current.getUserId() : task.getAssignee();
      suspensions.recordDecision(longValue(task, Var.SUSPENSION_ID), comment, decidedBy);
    };
  }

  @Bean
  JavaDelegate terminateLicencesDelegate(Suspensions suspensions) {
    return execution -> suspensions.close(longValue(execution, Var.SUSPENSION_ID), "CONFIRMED", "TERMINATED",
        ClockUtil.now().toInstant());
  }

  @Bean
  JavaDelegate liftSuspensionDelegate(Suspensions suspensions) {
    return execution -> suspensions.close(longValue(execution, Var.SUSPENSION_ID), "LIFTED", "ACTIVE",
        ClockUtil.now().toInstant());
  }
}
