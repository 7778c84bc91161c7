package com.synergycouncil.restart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every write request a client sent, with what came back: acknowledged (2xx), refused (any other answer), unanswered
 * (sent, then the connection died: it may or may not have happened) or not sent (the connection was refused).
 */
final class Ledger {

  enum Kind { SUBMIT, CLAIM, DUE_DILIGENCE, VOTE }

  enum Outcome { ACKNOWLEDGED, REFUSED, UNANSWERED, NOT_SENT }

  /**
   * One request. {@code reference} is the application's (known from the answer, or from an earlier request of the
   * same application); {@code idempotencyKey} and {@code body} let an unanswered submission be retried as a user would.
   */
  record Entry(int client, Kind kind, String reference, String taskId, String user, String idempotencyKey,
      Map<String, Object> body, Outcome outcome, int status, String answer, long millis) {

    boolean acknowledged() {
      return outcome == Outcome.ACKNOWLEDGED;
    }

    @Override
    public String toString() {
      return "client %d %s %s %s by %s: %s %s".formatted(client, kind, reference, taskId == null ? "" : taskId, user,
          outcome, status == 0 ? "" : status + " " + answer);
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(Entry entry) {
    entries.add(entry);
  }

  synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  synchronized long count(Kind kind, Outcome outcome) {
    return entries.stream().filter(entry -> entry.kind() == kind && entry.outcome() == outcome).count();
  }

  synchronized long acknowledged() {
    return entries.stream().filter(Entry::acknowledged).count();
  }

  synchronized List<Entry> with(Outcome outcome) {
    return entries.stream().filter(entry -> entry.outcome() == outcome).toList();
  }

  /** References of every application the ledger knows (acknowledged, or learned from a later request). */
  synchronized List<String> references() {
    return entries.stream().map(Entry::reference).filter(reference -> reference != null).distinct().sorted().toList();
  }

  synchronized String summary() {
    StringBuilder summary = new StringBuilder();
    for (Kind kind : Kind.values()) {
      summary.append(kind).append(':');
      for (Outcome outcome : Outcome.values()) {
        summary.append(' ').append(outcome.name().toLowerCase()).append('=').append(count(kind, outcome));
      }
      List<Long> times = entries.stream().filter(entry -> entry.kind() == kind && entry.acknowledged() && entry.millis() >= 0)
          .map(Entry::millis).sorted().toList();
      if (!times.isEmpty()) {
        summary.append(" (median ").append(times.get(times.size() / 2)).append(" ms, max ")
            .append(times.get(times.size() - 1)).append(" ms)");
      }
      summary.append("; ");
    }
    return summary.toString();
  }
}
