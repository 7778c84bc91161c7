package com.synergycouncil.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A SQL where clause built from the parts of a filter that are set, with its parameters in order. */
final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();

  /** Adds {@code clause} (with one {@code ?} per value) unless the first value is null. */
  Where and(String clause, Object... values) {
    if (values.length > 0 && values[0] == null) {
      return this;
    }
    clauses.add(clause);
    for (Object value : values) {
      parameters.add(value instanceof Instant instant ? Timestamp.from(instant) : value);
    }
    return this;
  }

  String sql() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  List<Object> parameters() {
    return parameters;
  }

  /** The standard SQL row limit (H2 and PostgreSQL); a number, never user text. */
  static String first(int limit) {
    return " fetch first " + Math.max(0, limit) + " rows only";
  }
}
