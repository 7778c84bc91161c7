package com.synergycouncil.council;

/** A member's vote on a resolution. */
public enum VoteChoice {
  APPROVE, REJECT, ABSTAIN
}
