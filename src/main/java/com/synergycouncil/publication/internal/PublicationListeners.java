package com.synergycouncil.publication.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.publication.AiOutputPublicationProcess;
import com.synergycouncil.publication.AiOutputPublicationProcess.Form;
import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputStatus;
import com.synergycouncil.publication.AiOutputView.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners that read the publication forms the way the forms check them, so a client that skips a form gets
 * the same refusal (and nothing is written).
 */
@Configuration(proxyBeanMethods = false)
class PublicationListeners {

  static final int MAX_COMMENT = 2000;
  private static final Map<String, String> AREAS = Map.of(AiOutputPublicationProcess.TASK_REVIEW_PRIVACY, "PRIVACY",
      AiOutputPublicationProcess.TASK_REVIEW_SECURITY, "SECURITY", AiOutputPublicationProcess.TASK_REVIEW_LICENCE,
      "LEGAL");

  /** APPROVE, or SEND_BACK with a comment saying what must change. */
  @Bean
  TaskListener recordReviewListener(PublicationRecords records) {
    return task -> {
      List<String> problems = new ArrayList<>();
      String decision = choice(task, Form.REVIEW_DECISION, problems, "APPROVE", "SEND_BACK");
      String comment = text(task, Form.REVIEW_COMMENT, "SEND_BACK".equals(decision), problems);
      check(problems);
      records.recordReview(longValue(task, Var.OUTPUT_ID), new Review(longValue(task, Var.REVIEW_ROUND).intValue(),
          AREAS.get(task.getTaskDefinitionKey()), decision, comment, task.getAssignee(), ClockUtil.now().toInstant()));
      if ("SEND_BACK".equals(decision)) {
        task.getExecution().setVariable(Var.SENT_BACK, true);
      }
    };
  }

  @Bean
  TaskListener recordRevisionListener(PublicationStatus status) {
    return task -> {
      List<String> problems = new ArrayList<>();
      String note = text(task, Form.REVISION_NOTE, true, problems);
      check(problems);
      status.change(task.getExecution(), AiOutputStatus.IN_REVIEW, "resubmitted: " + note, task.getAssignee());
    };
  }

  @Bean
  TaskListener recordIncidentDecisionListener(PublicationStatus status) {
    return task -> {
      List<String> problems = new ArrayList<>();
      String action = choice(task, Form.INCIDENT_ACTION, problems, "RESUME", "WITHDRAW");
      String comment = text(task, Form.INCIDENT_COMMENT, true, problems);
      check(problems);
      if ("RESUME".equals(action)) {
        status.change(task.getExecution(), AiOutputStatus.STAGED, "resumed: " + comment, task.getAssignee());
      }
    };
  }

  private static String choice(DelegateTask task, String name, List<String> problems, String... allowed) {
    String value = string(task, name);
    if (!List.of(allowed).contains(value)) {
      problems.add(name + ": must be one of " + String.join(", ", allowed));
      return null;
    }
    return value;
  }

  private static String text(DelegateTask task, String name, boolean required, List<String> problems) {
    String value = string(task, name);
    if (required && (value == null || value.isEmpty())) {
      problems.add(name + ": is required");
    } else if (value != null && value.length() > MAX_COMMENT) {
      problems.add(name + ": at most " + MAX_COMMENT + " characters");
    }
    return value == null || value.isEmpty() ? null : value;
  }

  private static void check(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", problems));
    }
  }
}
