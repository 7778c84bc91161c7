package com.synergycouncil.audit.internal;

import com.synergycouncil.audit.ChainVerification;
import com.synergycouncil.audit.ChainVerification.Discrepancy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the evidence chain from the rows as they stand now: each resolution's content hash from the register
 * and its votes, each entry's hash from its fields and its predecessor's hash, and the head. Reports the first
 * entry that no longer matches, or that the chain is intact.
 */
@Component
public class ChainVerifier {

  private final ChainStore store;
  private final ResolutionContent content;
  private final Clock clock;

  ChainVerifier(ChainStore store, ResolutionContent content, Clock clock) {
    this.store = store;
    this.content = content;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ChainVerification verify() {
    List<ChainStore.Entry> entries = store.entries();
    Map<String, String> resolutions = new TreeMap<>(content.all());
    String previous = Sha256.ZERO;
    long expected = 1;
    for (ChainStore.Entry entry : entries) {
      if (entry.seq() != expected) {
        return broken(entry, "sequence: entry " + expected + " is missing, the next is " + entry.seq());
      }
      if (!entry.previousHash().equals(previous)) {
        return broken(entry, "link: its previous hash " + entry.previousHash() + " is not the hash of the entry before it, "
            + previous);
      }
      if (ChainAppender.RESOLUTION.equals(entry.kind())) {
        String text = resolutions.remove(entry.ref());
        if (text == null) {
          return broken(entry, "content: the register no longer holds this resolution");
        }
        String recomputed = Sha256.hex(text);
        if (!recomputed.equals(entry.contentSha256())) {
          return broken(entry, "content: the resolution or one of its votes was changed (stored content hash "
              + entry.contentSha256() + ", recomputed " + recomputed + ")");
        }
      }
      // A SIGNED_REPORT entry's content hash is the SHA-256 of the signed file, which is not in this database: only
      // its link is recomputed here. Whoever holds the file compares its SHA-256 with the stored content hash.
      String entryHash = Sha256.entryHash(entry.seq(), entry.kind(), entry.ref(), entry.contentSha256(), previous);
      if (!entryHash.equals(entry.entryHash())) {
        return broken(entry, "entry hash: stored " + entry.entryHash() + ", recomputed " + entryHash);
      }
      previous = entry.entryHash();
      expected++;
    }
    ChainStore.Head head = store.head();
    if (head.seq() != entries.size() || !head.entryHash().equals(previous)) {
      return new ChainVerification(false, entries.size(), headHash(entries.size(), previous),
          new Discrepancy(head.seq(), "HEAD", "evidence_chain_head", "the head names entry " + head.seq() + " ("
              + head.entryHash() + ") but the chain ends at entry " + entries.size() + " (" + previous + ")"),
          clock.instant());
    }
    if (!resolutions.isEmpty()) {
      String number = resolutions.keySet().iterator().next();
      return new ChainVerification(false, entries.size(), headHash(entries.size(), previous),
          new Discrepancy(null, ChainAppender.RESOLUTION, number,
              "in the register but not in the chain: recorded behind the product's back"), clock.instant());
    }
    return new ChainVerification(true, entries.size(), headHash(entries.size(), previous), null, clock.instant());
  }

  private ChainVerification broken(ChainStore.Entry entry, String problem) {
    return new ChainVerification(false, entry.seq() - 1, null,
        new Discrepancy(entry.seq(), entry.kind(), entry.ref(), problem), clock.instant());
  }

  static String headHash(long entries, String previous) {
    return entries == 0 ? "empty" : previous;
  }
}
