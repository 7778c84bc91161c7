package com.synergycouncil.audit;

import java.time.Instant;

/**
 * One act in the audit trail.
 *
 * @param actor        the user who acted; {@code null} when the engine acted on its own (a job, a timer)
 * @param actorName    the actor's name as the council knows it, e.g. {@code 이서연 Lee Seoyeon}
 * @param actorPartner the partner the act was done for (the actor's, or for an act without actor the partner concerned)
 * @param process      the process definition key, when the act belongs to a process
 * @param requestRef   the request it concerns: a business key such as {@code FA-2026-0001}, or a subject reference
 * @param affectedUser the user the act was done to, when that is not the actor (an assignee, a changed user)
 */
public record AuditAct(Instant time, String actor, String actorName, String actorPartner, AuditActKind kind,
    String process, String requestRef, String details, String affectedUser) {

  public static AuditAct of(Instant time, String actor, String actorPartner, AuditActKind kind, String process,
      String requestRef, String details) {
    return new AuditAct(time, actor, null, actorPartner, kind, process, requestRef, details, null);
  }

  public AuditAct affecting(String user) {
    return new AuditAct(time, actor, actorName, actorPartner, kind, process, requestRef, details, user);
  }

  AuditAct named(String name, String partner) {
    return new AuditAct(time, actor, name, actorPartner != null ? actorPartner : partner, kind, process, requestRef,
        details, affectedUser);
  }
}
