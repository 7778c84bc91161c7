package com.synergycouncil.audit.internal;

import com.synergycouncil.council.ResolutionRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Chains every resolution as it is recorded, synchronously, in the transaction that records it: if the chain
 * cannot be appended to, the resolution is not recorded either (the job fails and is retried).
 */
@Component
class ResolutionChainListener {

  private final ChainAppender appender;

  ResolutionChainListener(ChainAppender appender) {
    this.appender = appender;
  }

  @EventListener
  void on(ResolutionRecorded recorded) {
    appender.appendResolution(recorded.resolutionNumber());
  }
}
