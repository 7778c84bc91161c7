package com.synergycouncil.system;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting, as a Camunda user id and the user's groups, whichever door they came in by: the API's login
 * ({@link CurrentUser#person}) or the engine's authentication (Tasklist, {@code /engine-rest}). The modules state
 * who may start their processes over a {@code Person}, so one rule serves the API and the start forms.
 */
public record Person(String userId, Set<String> groups) {

  public Person {
    groups = Set.copyOf(groups);
  }

  public static Person of(String userId, Collection<String> groups) {
    return new Person(userId, Set.copyOf(groups));
  }

  /**
   * The person the engine is acting for, if any. Nobody when the engine runs a job or a timer, and nobody when the
   * product itself starts a process after its API checked the request ({@link EngineAsSystem}).
   */
  public static Optional<Person> actingInEngine(IdentityService identityService) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Optional.empty();
    }
    Collection<String> groups = authentication.getGroupIds() == null ? Set.of() : authentication.getGroupIds();
    return Optional.of(of(authentication.getUserId(), groups));
  }

  public boolean inAny(String... candidates) {
    for (String group : candidates) {
      if (groups.contains(group)) {
        return true;
      }
    }
    return false;
  }

  public boolean isExecutive() {
    return groups.stream().anyMatch(group -> group.startsWith(Groups.EXECUTIVES_PREFIX));
  }

  public boolean isAdmin() {
    return groups.contains(Groups.ADMINS);
  }
}
