package com.synergycouncil.council;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of votes, on the engine's clock so that timers and due dates agree. Used from the model as
 * {@code ${councilClock.voteDueDate()}} and {@code ${councilClock.votePeriod()}}.
 */
@Component("councilClock")
public class CouncilClock {

  private final VotingProperties properties;

  CouncilClock(VotingProperties properties) {
    this.properties = properties;
  }

  public Date voteDueDate() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.votePeriod()));
  }

  /** ISO-8601 duration for the overdue timer, e.g. {@code PT72H}. */
  public String votePeriod() {
    return properties.votePeriod().toString();
  }
}
