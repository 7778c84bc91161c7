package com.synergycouncil.audit;

import java.time.Instant;

/**
 * The result of recomputing the evidence chain: intact with its length and head, or the first entry that no longer
 * matches what it was computed from.
 */
public record ChainVerification(boolean intact, long entries, String headHash, Discrepancy firstDiscrepancy,
    Instant verifiedAt) {

  /**
   * An entry that no longer matches.
   *
   * @param seq     its position in the chain; null for a register entry that is not in the chain at all
   * @param problem what differs, e.g. {@code content hash: stored ab12…, recomputed 9f3c…}
   */
  public record Discrepancy(Long seq, String kind, String ref, String problem) {
  }

  /** {@code intact, 12 entries, head 3fa4…} or {@code broken at entry 7 (RESOLUTION SC-2026-0007): …}. */
  public String summary() {
    if (intact) {
      return "intact, " + entries + " entries, head " + headHash;
    }
    return "broken at " + (firstDiscrepancy.seq() == null ? "an unchained entry" : "entry " + firstDiscrepancy.seq())
        + " (" + firstDiscrepancy.kind() + " " + firstDiscrepancy.ref() + "): " + firstDiscrepancy.problem();
  }
}
