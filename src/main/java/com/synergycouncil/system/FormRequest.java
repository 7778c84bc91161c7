package com.synergycouncil.system;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request read from a start form's variables: the request (as the API would have received it), what could not
 * even be read (a word where a number belongs), and for the lists a person typed one item per line, the line of
 * each item, so that {@code patentNumbers[2]} is reported as {@code patentNumbers line 4}.
 */
public record FormRequest<T>(T request, List<FieldProblem> unreadable, Map<String, List<Integer>> lines) {

  private static final Pattern ELEMENT = Pattern.compile("^([A-Za-z0-9]+)\\[(\\d+)](?:\\.(.+))?$");

  public FormRequest {
    unreadable = List.copyOf(unreadable);
    lines = Map.copyOf(lines);
  }

  /** How a person reads a field name: {@code tranches[1].amountWon} is {@code tranches line 2 amountWon}. */
  public String describe(String field) {
    Matcher element = ELEMENT.matcher(field);
    if (!element.matches() || !lines.containsKey(element.group(1))) {
      return field;
    }
    List<Integer> numbers = lines.get(element.group(1));
    int index = Integer.parseInt(element.group(2));
    String line = index < numbers.size() ? " line " + numbers.get(index) : field.substring(element.group(1).length());
    return element.group(1) + line + (element.group(3) == null ? "" : " " + element.group(3));
  }

  /** Whether a problem about this field was already found while reading it (so it is not reported twice). */
  public boolean unreadable(String field) {
    return unreadable.stream().anyMatch(problem -> problem.field().equals(field));
  }
}
