package com.synergycouncil.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which acts to show; every part is optional. Dates are calendar days in Korea, both inclusive.
 *
 * @param person     the acting user, or the user acted upon (an assignee, a changed user)
 * @param partner    the partner code, e.g. {@code SKT}
 * @param process    a process definition key, e.g. {@code FundingApprovalProcess}
 * @param requestRef a business key or subject reference, e.g. {@code FA-2026-0001}
 */
public record AuditFilter(String person, String partner, String process, String requestRef, LocalDate from,
    LocalDate to) {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  static final int MAX_TEXT = 64;

  public AuditFilter {
    person = clean(person);
    partner = partner == null ? null : clean(partner.toUpperCase(java.util.Locale.ROOT));
    process = clean(process);
    requestRef = clean(requestRef);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("the date range ends before it starts");
    }
  }

  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  public static AuditFilter forRequest(String requestRef) {
    return new AuditFilter(null, null, null, requestRef, null, null);
  }

  /** The first instant of {@code from}, or null. */
  public Instant fromInstant() {
    return from == null ? null : from.atStartOfDay(KOREA).toInstant();
  }

  /** The first instant after {@code to} (exclusive bound), or null. */
  public Instant toInstantExclusive() {
    return to == null ? null : to.plusDays(1).atStartOfDay(KOREA).toInstant();
  }

  public boolean matches(AuditAct act) {
    return (person == null || person.equals(act.actor()) || person.equals(act.affectedUser()))
        && (partner == null || partner.equals(act.actorPartner()))
        && (process == null || process.equals(act.process()))
        && (requestRef == null || requestRef.equals(act.requestRef()))
        && inRange(act.time());
  }

  public boolean inRange(Instant time) {
    return (from == null || !time.isBefore(fromInstant())) && (to == null || time.isBefore(toInstantExclusive()));
  }

  /** The filter's parts that are set, as query parameters would name them. */
  public Map<String, String> parameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "person", person);
    put(parameters, "partner", partner);
    put(parameters, "process", process);
    put(parameters, "request", requestRef);
    put(parameters, "from", from == null ? null : from.toString());
    put(parameters, "to", to == null ? null : to.toString());
    return parameters;
  }

  /** E.g. {@code person=skt-cto, from=2026-01-01}; {@code (none)} when nothing is set. */
  public String describe() {
    Map<String, String> parameters = parameters();
    return parameters.isEmpty() ? "(none)" : parameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  private static String clean(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a filter value may have at most " + MAX_TEXT + " characters");
    }
    return trimmed;
  }
}
