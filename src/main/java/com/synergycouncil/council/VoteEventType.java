package com.synergycouncil.council;

/** What happened on a decision, in the order it happened. */
public enum VoteEventType {
  /** A vote that counts. */
  VOTE_CAST,
  /** The member declared a conflict of interest; the vote does not count and another member votes. */
  RECUSED,
  /** The vote was overdue; the chair gave the same member more time. */
  OVERDUE_EXTENDED,
  /** The vote was overdue; the chair handed it to another member of the same partner. */
  OVERDUE_REASSIGNED,
  /** No member of the partner was left who may vote. */
  NO_ELIGIBLE_VOTER
}
