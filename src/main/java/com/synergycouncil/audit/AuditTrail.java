package com.synergycouncil.audit;

import com.synergycouncil.audit.internal.People;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The audit trail: the acts of every {@link AuditSource}, merged, newest first, with the council's names. Only
 * compliance officers and administrators may read it (the sources read the engine's history as the system).
 */
@Service
@PreAuthorize("@currentUser.inAny(authentication, 'compliance', 'camunda-admin')")
public class AuditTrail {

  public static final int PAGE_SIZE = 500;
  /** The most acts one export or one request's story holds. */
  public static final int MAX_ACTS = 10_000;

  private final List<AuditSource> sources;
  private final People people;

  AuditTrail(List<AuditSource> sources, People people) {
    this.sources = sources;
    this.people = people;
  }

  /** One page (from 0) of the acts that match, newest first. */
  public AuditPage search(AuditFilter filter, int page) {
    int wanted = Math.min((Math.max(page, 0) + 1) * PAGE_SIZE + 1, MAX_ACTS + 1);
    List<AuditAct> acts = merged(filter, wanted);
    int from = Math.min(Math.max(page, 0) * PAGE_SIZE, acts.size());
    int to = Math.min(from + PAGE_SIZE, acts.size());
    return new AuditPage(acts.subList(from, to), Math.max(page, 0), PAGE_SIZE, acts.size() > to);
  }

  /** Every act that matches (at most {@link #MAX_ACTS}), newest first: what an export holds. */
  public AuditPage all(AuditFilter filter) {
    List<AuditAct> acts = merged(filter, MAX_ACTS + 1);
    return new AuditPage(acts.subList(0, Math.min(acts.size(), MAX_ACTS)), 0, MAX_ACTS, acts.size() > MAX_ACTS);
  }

  /** One request's whole story, oldest first, including the council decision it went through. */
  public List<AuditAct> story(String requestRef) {
    List<AuditAct> acts = new ArrayList<>(all(AuditFilter.forRequest(requestRef)).acts());
    Collections.reverse(acts);
    return acts;
  }

  private List<AuditAct> merged(AuditFilter filter, int limit) {
    Map<String, People.Person> members = people.all();
    List<AuditAct> acts = new ArrayList<>();
    for (AuditSource source : sources) {
      for (AuditAct act : source.acts(filter, limit)) {
        if (filter.matches(act)) {
          People.Person person = act.actor() == null ? null : members.get(act.actor());
          acts.add(person == null ? act : act.named(person.name(), person.partnerCode()));
        }
      }
    }
    // stable: acts of one instant keep the order their source gave them
    acts.sort(Comparator.comparing(AuditAct::time).reversed());
    return acts.size() > limit ? acts.subList(0, limit) : acts;
  }
}
