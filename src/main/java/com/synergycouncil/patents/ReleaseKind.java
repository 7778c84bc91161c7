package com.synergycouncil.patents;

/**
 * The ways into a release: a partner's opening programme (non-exclusive, royalty-free licences to SMEs), an SME's
 * request for a free transfer (assignment) or a free licence of named patents, or a partner's pool contribution.
 */
public enum ReleaseKind {
  OPENING, TRANSFER, LICENCE, POOL;

  /** Transfers and SME licences are followed up with the recipient at 6 and 12 months. */
  public boolean followedUp() {
    return this == TRANSFER || this == LICENCE;
  }

  /** Requests a partner proposes about its own patents (the others come from an SME). */
  public boolean byPartner() {
    return this == OPENING || this == POOL;
  }
}
