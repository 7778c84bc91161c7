package com.synergycouncil.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a submitted Camunda Form the way the form itself checks it, so a client that skips the form gets the
 * same refusal (and nothing is written): every problem is collected and reported at once, naming the fields.
 */
public final class FormInput {

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public FormInput(VariableScope scope) {
    this.scope = scope;
  }

  public int integer(String name, int min, int max) {
    BigDecimal value = number(name);
    if (value == null) {
      return min;
    }
    if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
      problems.add(name + ": must be a whole number");
    } else if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add(name + ": must be between " + min + " and " + max);
    }
    return value.intValue();
  }

  public BigDecimal tonnes(String name) {
    BigDecimal value = number(name);
    if (value == null) {
      return BigDecimal.ZERO;
    }
    if (value.signum() < 0 || value.compareTo(new BigDecimal("1e12")) > 0) {
      problems.add(name + ": must be between 0 and 1,000,000,000,000");
    }
    return value.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public String text(String name, int minLength, int maxLength) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().trim();
    if (text.length() < minLength) {
      problems.add(name + (minLength <= 1 ? ": is required" : ": at least " + minLength + " characters"));
    } else if (text.length() > maxLength) {
      problems.add(name + ": at most " + maxLength + " characters");
    }
    return text.isEmpty() ? null : text;
  }

  public String choice(String name, String... allowed) {
    Object value = scope.getVariable(name);
    for (String option : allowed) {
      if (option.equals(value)) {
        return option;
      }
    }
    problems.add(name + ": must be one of " + String.join(", ", allowed));
    return null;
  }

  public boolean confirmed(String name) {
    Object value = scope.getVariable(name);
    boolean confirmed = Boolean.TRUE.equals(value) || "true".equals(value);
    if (!confirmed) {
      problems.add(name + ": must be confirmed");
    }
    return confirmed;
  }

  /** A whole number of 0 or more, e.g. sales in won. */
  public long wholeNumber(String name) {
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

  /** Throws, naming every bad field, if anything was wrong. */
  public void check() {
    if (!problems.isEmpty()) {
      throw new BadUserRequestException(String.join("; ", problems));
    }
  }

  private BigDecimal number(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      problems.add(name + ": is required");
      return null;
    }
    try {
      return new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.add(name + ": must be a number");
      return null;
    }
  }
}
