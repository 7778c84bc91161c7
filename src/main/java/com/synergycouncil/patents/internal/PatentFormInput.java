package com.synergycouncil.patents.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads a submitted Camunda Form as the form checks it; every problem is reported at once, naming the fields. */
final class PatentFormInput {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  PatentFormInput(VariableScope scope) {
    this.scope = scope;
  }

  String text(String name, int minLength, int maxLength) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().trim();
    if (text.length() < minLength) {
      problems.add(name + (minLength <= 1 ? ": is required" : ": at least " + minLength + " characters"));
    } else if (text.length() > maxLength) {
      problems.add(name + ": at most " + maxLength + " characters");
    }
    return text.isEmpty() ? null : text;
  }

  String choice(String name, String... allowed) {
    Object value = scope.getVariable(name);
    for (String option : allowed) {
      if (option.equals(value)) {
        return option;
      }
    }
    problems.add(name + ": must be one of " + String.join(", ", allowed));
    return null;
  }

  long wholeNumber(String name) {
    Object value = scope.getVariable(name);
    try {
      long number = new java.math.BigDecimal(value == null ? "" : value.toString().trim()).longValueExact();
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    problems.add(name + ": must be a whole number of 0 or more");
    return 0;
  }

  void check() {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", problems));
    }
  }
}
