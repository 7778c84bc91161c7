package com.synergycouncil.patents.internal;

import com.synergycouncil.system.FormInput;
import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.patents.PatentReleaseProcess;
import com.synergycouncil.patents.PatentReleaseProcess.Form;
import com.synergycouncil.patents.PatentReleaseProcess.Var;
import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The task listeners of PatentReleaseProcess: they validate the form and store it in the project's tables. */
@Configuration(proxyBeanMethods = false)
class PatentReleaseListeners {

  @Bean
  TaskListener recordCoOwnerConsentListener(JdbcClient jdbc) {
    return task -> {
      FormInput form = new FormInput(task);
      String decision = form.choice(Form.CONSENT_DECISION, "GRANTED", "REFUSED");
      String comment = form.text(Form.CONSENT_COMMENT, 5, 1000);
      form.check();
      jdbc.sql("""
              insert into release_co_owner_consent (request_id, organisation, decision, decided_by, comment, decided_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(longValue(task, Var.REQUEST_ID), string(task, Var.CO_OWNER), decision, task.getAssignee(), comment,
              Timestamp.from(ClockUtil.now().toInstant()))
          .update();
    };
  }

  @Bean
  TaskListener recordPatentUseListener(JdbcClient jdbc) {
    return task -> {
      FormInput form = new FormInput(task);
      String products = form.text(Form.PRODUCTS_DESCRIPTION, 5, 2000);
      long sales = form.wholeNumber(Form.SALES_WON);
      form.check();
      int months = PatentReleaseProcess.TASK_REPORT_USE_AFTER_SIX_MONTHS.equals(task.getTaskDefinitionKey()) ? 6 : 12;
      jdbc.sql("""
              insert into patent_use_report (request_id, months_after, products, sales_won, reported_by, reported_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(longValue(task, Var.REQUEST_ID), months, products, sales, task.getAssignee(),
              Timestamp.from(ClockUtil.now().toInstant()))
          .update();
    };
  }
}
