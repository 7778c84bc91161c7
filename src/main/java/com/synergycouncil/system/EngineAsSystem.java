package com.synergycouncil.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the product's own API has already authorized (starting a funding process after the
 * application passed validation, correlating a withdrawal) without the caller's Camunda authorizations. Users
 * therefore need no engine permission to start processes directly through {@code /engine-rest}, which would
 * bypass the API's validation.
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
