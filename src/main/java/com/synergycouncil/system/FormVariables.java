package com.synergycouncil.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the variables of a submitted start form into the values of the API's request record, leniently: a
 * submitted form (or a client of {@code /engine-rest}) may send a number as Integer, Long, Double or text. What
 * is absent or blank reads as {@code null} and is left to the API's own validation; what cannot be read at all is
 * collected as a problem. It checks nothing else: the rules are the API's, applied by the module's service.
 */
public final class FormVariables {

  private final VariableScope scope;
  private final List<FieldProblem> problems = new ArrayList<>();
  private final Map<String, List<Integer>> lines = new LinkedHashMap<>();

  public FormVariables(VariableScope scope) {
    this.scope = scope;
  }

  /** Trimmed text, {@code null} when absent or blank. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    String text = value == null ? "" : value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** A whole number (digits may be grouped with commas), {@code null} when absent or blank. */
  public Long wholeNumber(String name) {
    BigDecimal number = decimal(name);
    if (number == null) {
      return null;
    }
    try {
      return number.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException notWhole) {
      problems.add(new FieldProblem(name, "must be a whole number"));
      return null;
    }
  }

  public Integer smallWholeNumber(String name) {
    Long number = wholeNumber(name);
    if (number != null && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
      problems.add(new FieldProblem(name, "is too large"));
      return null;
    }
    return number == null ? null : number.intValue();
  }

  public BigDecimal decimal(String name) {
    return number(name, scope.getVariable(name));
  }

  /** One of the enum's constants by name, {@code null} when absent or blank. */
  public <E extends Enum<E>> E choice(String name, Class<E> type) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problems.add(new FieldProblem(name, "must be one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", "))));
    return null;
  }

  /**
   * The non-blank lines of a text area, trimmed, in order; each item's line number is remembered so that problems
   * with the n-th item name its line. Absent or blank: an empty list.
   */
  public List<Line> lines(String name) {
    String text = text(name);
    List<Line> read = new ArrayList<>();
    if (text != null) {
      String[] all = text.split("\\R", -1);
      for (int i = 0; i < all.length; i++) {
        if (!all[i].isBlank()) {
          read.add(new Line(name, i + 1, all[i].trim()));
        }
      }
    }
    lines.put(name, read.stream().map(Line::number).toList());
    return read;
  }

  /** A problem the reader of a line found (a line of a text area with too few parts, say). */
  public void problem(String field, String message) {
    problems.add(new FieldProblem(field, message));
  }

  /** A number within a line: {@code null} and a problem naming the line when it is not one. */
  public BigDecimal number(Line line, String part, String text) {
    return number(line.field() + " line " + line.number() + " " + part, text);
  }

  public <T> FormRequest<T> request(T request) {
    return new FormRequest<>(request, problems, lines);
  }

  private BigDecimal number(String field, Object value) {
    String text = value == null ? "" : value.toString().trim().replace(",", "");
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(field, "must be a number"));
      return null;
    }
  }

  /** One line of a text area: its field, its line number (from 1) and its trimmed text. */
  public record Line(String field, int number, String text) {
  }
}
