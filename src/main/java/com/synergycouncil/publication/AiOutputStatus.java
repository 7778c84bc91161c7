package com.synergycouncil.publication;

/** Where an AI output stands in its publication. */
public enum AiOutputStatus {
  REGISTERED, IN_REVIEW, REVISION_REQUESTED, IN_COUNCIL, BLOCKED, REJECTED, PUBLISHED, GATED, STAGED, PAUSED,
  WITHDRAWN;

  /** A publication may be requested (again) and the record changed. */
  public boolean isEditable() {
    return this == REGISTERED || this == BLOCKED || this == REJECTED || this == REVISION_REQUESTED;
  }

  /** Released to approved researchers only: access requests are taken. */
  public boolean takesAccessRequests() {
    return this == GATED || this == STAGED;
  }
}
