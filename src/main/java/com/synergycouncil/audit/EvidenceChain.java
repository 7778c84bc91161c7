package com.synergycouncil.audit;

import com.synergycouncil.audit.internal.ChainAppender;
import com.synergycouncil.audit.internal.ChainStore;
import com.synergycouncil.audit.internal.ChainVerifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tamper-evidence chain: every resolution (chained as it is recorded) and every signed report carries the
 * SHA-256 of its content and of the entry before it. Anyone can recompute it; {@link #verify()} does.
 */
@Service
public class EvidenceChain {

  private final ChainAppender appender;
  private final ChainStore store;
  private final ChainVerifier verifier;

  EvidenceChain(ChainAppender appender, ChainStore store, ChainVerifier verifier) {
    this.appender = appender;
    this.store = store;
    this.verifier = verifier;
  }

  /**
   * Chains a signed report, in the caller's transaction: call it where the signature is stored.
   *
   * @param reportRef     the report's reference, unique among signed reports
   * @param contentSha256 SHA-256 (64 lower-case hex digits) of the signed file's bytes
   * @return the new entry's hash
   */
  @Transactional
  public String appendSignedReport(String reportRef, String contentSha256) {
    return appender.append(ChainAppender.SIGNED_REPORT, reportRef, contentSha256).entryHash();
  }

  /** The newest entry's hash, printed in every quarterly report; {@code "empty"} while the chain has none. */
  public String headHash() {
    ChainStore.Head head = store.head();
    return head.seq() == 0 ? "empty" : head.entryHash();
  }

  /** Recomputes the whole chain from the rows as they stand now. */
  public ChainVerification verify() {
    return verifier.verify();
  }
}
