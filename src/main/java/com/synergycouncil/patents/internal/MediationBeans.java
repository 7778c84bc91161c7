package com.synergycouncil.patents.internal;

import com.synergycouncil.system.FormInput;
import static com.synergycouncil.system.ProcessVariables.longValue;

import com.synergycouncil.patents.PatentDisputeMediationProcess.Var;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delegates and the listener of PatentDisputeMediationProcess. */
@Configuration(proxyBeanMethods = false)
class MediationBeans {

  @Bean
  TaskListener recordMediationListener(Disputes disputes) {
    return task -> {
      FormInput form = new FormInput(task);
      String outcome = form.choice(Var.MEDIATION_OUTCOME, "SETTLED", "NOT_SETTLED");
      String summary = form.text(Var.MEDIATION_SUMMARY, 10, 2000);
      form.check();
      disputes.recordOutcome(longValue(task, Var.DISPUTE_ID), outcome, summary);
    };
  }

  @Bean
  JavaDelegate recordSettlementDelegate(Disputes disputes) {
    return execution -> disputes.changeStatus(longValue(execution, Var.DISPUTE_ID), "CLOSED",
        ClockUtil.now().toInstant());
  }

  @Bean
  JavaDelegate startCoolingOffDelegate(Disputes disputes) {
    return execution -> disputes.changeStatus(longValue(execution, Var.DISPUTE_ID), "COOLING_OFF", null);
  }

  @Bean
  JavaDelegate closeMediationDelegate(Disputes disputes) {
    return execution -> disputes.changeStatus(longValue(execution, Var.DISPUTE_ID), "CLOSED",
        ClockUtil.now().toInstant());
  }
}
