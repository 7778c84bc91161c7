package com.synergycouncil.system;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who is calling, and in which groups, for {@code @PreAuthorize} checks: {@code @currentUser.inAny(authentication, ...)}. */
@Component("currentUser")
public class CurrentUser {

  public boolean inAny(Authentication authentication, String... groups) {
    Set<String> held = groups(authentication);
    for (String group : groups) {
      if (held.contains(group)) {
        return true;
      }
    }
    return false;
  }

  public boolean isExecutive(Authentication authentication) {
    return groups(authentication).stream().anyMatch(group -> group.startsWith(Groups.EXECUTIVES_PREFIX));
  }

  /** Any council role at all: executives, the chair, fund managers, compliance, administrators. */
  public boolean isCouncilUser(Authentication authentication) {
    return isExecutive(authentication)
        || inAny(authentication, Groups.COUNCIL_CHAIR, Groups.FUND_MANAGERS, Groups.COMPLIANCE, Groups.ADMINS);
  }

  /** The caller as a {@link Person}: the form the modules' who-may-start rules take. */
  public Person person(Authentication authentication) {
    return new Person(authentication == null ? null : authentication.getName(), groups(authentication));
  }

  static Set<String> groups(Authentication authentication) {
    if (authentication == null) {
      return Set.of();
    }
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith("GROUP_"))
        .map(authority -> authority.substring("GROUP_".length()))
        .collect(Collectors.toSet());
  }
}
