package com.synergycouncil.council;

import com.synergycouncil.council.internal.CouncilDecisions;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads the resolution register: what was decided on a subject, by whom, with which votes and comments. */
@Component
public class ResolutionRegister {

  private final CouncilDecisions decisions;

  ResolutionRegister(CouncilDecisions decisions) {
    this.decisions = decisions;
  }

  public Optional<Resolution> find(String resolutionNumber) {
    return decisions.resolution(resolutionNumber);
  }

  /** Every resolution on one subject (an application, a patent release, ...), oldest first. */
  public List<Resolution> forSubject(String subjectType, String subjectRef) {
    return decisions.resolutionsFor(subjectType, subjectRef);
  }

  /** The acts on the subject's council decisions that have not reached a resolution yet. */
  public List<VoteEvent> openEvents(String subjectType, String subjectRef) {
    return decisions.openEvents(subjectType, subjectRef);
  }
}
