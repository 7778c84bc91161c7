package com.synergycouncil.system;

/** One thing wrong with a request: the field (a JSON path such as {@code tranches[1].amountWon}) and why. */
public record FieldProblem(String field, String message) {
}
