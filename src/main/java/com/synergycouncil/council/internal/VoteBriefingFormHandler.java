package com.synergycouncil.council.internal;

import com.synergycouncil.council.CouncilDecisionProcess.VoteForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.camunda.bpm.engine.impl.form.handler.DefaultTaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The vote task's form handler ({@code camunda:formHandlerClass} of {@code Task_CastVote}): the Camunda Form is the
 * same, but its variables carry the briefing ({@link VoteForm}) as form fields, computed by the bean
 * {@code voteBriefing} each time the form's variables are read (Tasklist, {@code GET /task/{id}/form-variables},
 * {@code FormService}). Nothing is stored, so nothing goes stale: a vote cast after this task was created shows the
 * next time the form is opened. Form fields come before stored variables, so no variable can stand in for them, and
 * a submitted form's copies of them are dropped: they are shown, never written.
 */
public class VoteBriefingFormHandler extends DefaultTaskFormHandler {

  static final Set<String> FIELDS =
      Set.of(VoteForm.SUMMARY, VoteForm.REVIEW, VoteForm.VOTES_SO_FAR, VoteForm.DOCUMENTS);

  private static final StringFormType TEXT = new StringFormType();

  private Expression briefing;

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    super.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    briefing = Context.getProcessEngineConfiguration().getExpressionManager().createExpression("${voteBriefing}");
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = super.createTaskForm(task);
    VoteBriefing voteBriefing = (VoteBriefing) briefing.getValue(task);
    List<FormField> fields = new ArrayList<>(form.getFormFields());
    for (Map.Entry<String, String> field : voteBriefing.fields(task).entrySet()) {
      FormFieldImpl shown = new FormFieldImpl();
      shown.setId(field.getKey());
      shown.setType(TEXT);
      shown.setValue(Variables.stringValue(field.getValue()));
      fields.add(shown);
    }
    ((FormDataImpl) form).setFormFields(fields);
    return form;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    VariableMap written = Variables.createVariables();
    properties.forEach((name, value) -> {
      if (!FIELDS.contains(name)) {
        written.put(name, properties.getValueTyped(name));
      }
    });
    super.submitFormVariables(written, variableScope);
  }
}
