package com.synergycouncil.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the product's own API has already authorized (starting a funding process after the
 * application passed validation, correlating a withdrawal) without the caller's Camunda authorizations, and with
 * nobody acting in the engine. Where staff may start a process themselves (the start forms in Tasklist), the start
 * event's listener sees the person acting and applies the API's checks itself ({@link FormStart}).
 */
@Component
public class EngineAsSystem {

  private final IdentityService identityService;

  EngineAsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
