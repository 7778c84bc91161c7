package com.synergycouncil.system;

import java.util.List;

/** A request that fails the product's own checks beyond Bean Validation; answered 400 naming each field. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super("invalid request: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
