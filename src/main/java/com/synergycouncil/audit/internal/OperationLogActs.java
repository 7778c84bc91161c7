package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * One user operation of the engine's log (its entries share an operation id: one per property changed), read as an
 * act: who, when, what to which task, user, group or permission.
 */
record OperationLogActs(List<UserOperationLogEntry> entries) {

  private static final Set<String> IDENTITY = Set.of(EntityTypes.USER, EntityTypes.GROUP, EntityTypes.GROUP_MEMBERSHIP,
      EntityTypes.TENANT, EntityTypes.TENANT_MEMBERSHIP);
  static final int MAX_DETAILS = 1000;

  UserOperationLogEntry first() {
    return entries.get(0);
  }

  String actor() {
    return first().getUserId();
  }

  String taskId() {
    return first().getTaskId();
  }

  String processInstanceId() {
    return first().getProcessInstanceId();
  }

  /** The user the operation was done to: a task's new assignee, a user created, added to a group or given rights. */
  String affectedUser() {
    if (EntityTypes.TASK.equals(first().getEntityType())) {
      String assignee = value("assignee");
      return Objects.equals(assignee, actor()) ? null : assignee;
    }
    return value("userId");
  }

  AuditActKind kind() {
    String entity = first().getEntityType();
    String operation = first().getOperationType();
    if (EntityTypes.TASK.equals(entity)) {
      return switch (operation) {
        case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> AuditActKind.CLAIMED;
        case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> AuditActKind.ASSIGNED;
        case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> AuditActKind.TASK_DELEGATED;
        case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> AuditActKind.TASK_RESOLVED;
        case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> AuditActKind.TASK_COMPLETED;
        default -> AuditActKind.TASK_CHANGED;
      };
    }
    if (IDENTITY.contains(entity)) {
      return AuditActKind.USER_CHANGED;
    }
    return EntityTypes.AUTHORIZATION.equals(entity) ? AuditActKind.PERMISSION_CHANGED : AuditActKind.ENGINE_OPERATION;
  }

  AuditAct toAct(String partner, String requestRef, String taskName) {
    AuditActKind kind = kind();
    String details = switch (kind) {
      case CLAIMED, TASK_COMPLETED, TASK_RESOLVED -> taskName;
      case ASSIGNED, TASK_DELEGATED -> taskName + " → " + value("assignee");
      default -> first().getOperationType() + " " + first().getEntityType() + (taskName == null ? "" : " " + taskName)
          + ": " + changes();
    };
    AuditAct act = AuditAct.of(first().getTimestamp().toInstant(), actor(), partner, kind,
        first().getProcessDefinitionKey(), requestRef, bounded(details));
    return affectedUser() == null ? act : act.affecting(affectedUser());
  }

  private String changes() {
    return entries.stream().filter(entry -> entry.getProperty() != null)
        .map(entry -> entry.getProperty() + "=" + (entry.getOrgValue() == null ? "" : entry.getOrgValue() + "→")
            + entry.getNewValue())
        .collect(Collectors.joining(", "));
  }

  private String value(String property) {
    return entries.stream().filter(entry -> property.equals(entry.getProperty()))
        .map(entry -> entry.getNewValue() != null ? entry.getNewValue() : entry.getOrgValue())
        .filter(Objects::nonNull).findFirst().orElse(null);
  }

  private static String bounded(String details) {
    return details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS - 1) + "…";
  }
}
