package com.synergycouncil.council.internal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Copies the Tasklist list columns (안건, 금액, 신청: {@link TaskFilters#LIST_COLUMNS}) onto a council task as its own
 * variables when the task is created. An executive may read the vote task but not the decision's process instance, and
 * Tasklist reads a column's variable with the reader's rights: without the copy the columns stay empty for executives.
 */
@Component("listColumnsListener")
class ListColumnsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (String column : TaskFilters.LIST_COLUMNS.keySet()) {
      Object value = task.getVariable(column);
      if (value != null) {
        task.setVariableLocal(column, value);
      }
    }
  }
}
