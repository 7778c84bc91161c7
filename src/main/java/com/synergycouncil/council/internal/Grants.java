package com.synergycouncil.council.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Grants on the engine's resources, idempotently: the group's or user's existing grant on the resource gains the
 * permissions, or a new one is made. Run again on every start, they add nothing twice.
 */
@Component
class Grants {

  private final AuthorizationService authorizationService;

  Grants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void toGroup(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = grant(authorizationService.createAuthorizationQuery().groupIdIn(group), resource,
        resourceId);
    authorization.setGroupId(group);
    save(authorization, resource, resourceId, permissions);
  }

  void toUser(String user, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = grant(authorizationService.createAuthorizationQuery().userIdIn(user), resource,
        resourceId);
    authorization.setUserId(user);
    save(authorization, resource, resourceId, permissions);
  }

  private Authorization grant(AuthorizationQuery whose, Resource resource, String resourceId) {
    Authorization existing = whose.resourceType(resource).resourceId(resourceId).singleResult();
    return existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
  }

  private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
