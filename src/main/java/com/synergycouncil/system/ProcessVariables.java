package com.synergycouncil.system;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads process variables defensively: a submitted form may send numbers back as another type. */
public final class ProcessVariables {

  private ProcessVariables() {
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public static Long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value instanceof Number number ? number.longValue() : Long.valueOf(value.toString().trim());
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean bool ? bool : value != null && Boolean.parseBoolean(value.toString());
  }

  public static Set<String> userIds(String commaSeparated) {
    if (commaSeparated == null) {
      return Set.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
