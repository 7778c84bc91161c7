package com.synergycouncil.audit.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appends entries to the evidence chain, in the caller's transaction when there is one. */
@Component
public class ChainAppender {

  public static final String RESOLUTION = "RESOLUTION";
  public static final String SIGNED_REPORT = "SIGNED_REPORT";

  private final ChainStore store;
  private final ResolutionContent content;
  private final Clock clock;

  ChainAppender(ChainStore store, ResolutionContent content, Clock clock) {
    this.store = store;
    this.content = content;
    this.clock = clock;
  }

  /** Chains a resolution as its rows stand now: register fields and every vote behind it. */
  @Transactional
  public ChainStore.Entry appendResolution(String resolutionNumber) {
    return append(RESOLUTION, resolutionNumber, Sha256.hex(content.of(resolutionNumber)));
  }

  @Transactional
  public ChainStore.Entry append(String kind, String ref, String contentSha256) {
    if (!Sha256.isHex(contentSha256)) {
      throw new IllegalArgumentException("a content hash is 64 lower-case hex digits (SHA-256)");
    }
    ChainStore.Head head = store.lockHead();
    long seq = head.seq() + 1;
    ChainStore.Entry entry = new ChainStore.Entry(seq, kind, ref, contentSha256, head.entryHash(),
        Sha256.entryHash(seq, kind, ref, contentSha256, head.entryHash()), clock.instant());
    store.append(entry);
    return entry;
  }
}
