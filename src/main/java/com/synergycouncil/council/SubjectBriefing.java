package com.synergycouncil.council;

import java.util.Map;

/**
 * What the members voting on a subject need to know, told by the module that owns the subject: a funding
 * application, a patent release, an AI output. The council knows no kind of decision; each module that asks it to
 * decide implements this for its own subject type, and the vote form shows the answer whenever it is opened.
 */
public interface SubjectBriefing {

  /** Whether this briefing is about subjects of the type, e.g. {@code FUNDING}. */
  boolean supports(String subjectType);

  /**
   * The briefing on one subject, read now from what the module holds.
   *
   * @param subjectRef the subject's reference, e.g. {@code FA-2026-0001}
   * @param requestingProcess the variables, as they are now, of the process that asked the council to decide (the
   *     caller of {@code CouncilDecisionProcess}: the outcome of its rules, e.g. the eligibility screening);
   *     unmodifiable, and empty when the decision was started on its own
   */
  Briefing brief(String subjectRef, Map<String, Object> requestingProcess);
}
