package com.synergycouncil.council.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.MemberEnrolled;
import com.synergycouncil.council.Role;
import com.synergycouncil.system.SecurityProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * "내 투표 / My votes": one filter per voting member (co-CEOs and CTOs), on their own votes
 * ({@code taskAssignee(member)}), readable by that member only. A filter shared by all executives would make each
 * executive's Tasklist check every open vote of every executive against the authorizations, and the votes of others
 * cost the most (each is refused only after all of Camunda's grant and revoke checks): at 10,000 open votes of one
 * executive and 1,000 of another, its count took 89 ms against 26 ms for the executive's own (README, "Benchmarks").
 * Without expressions in stored queries (switched off), the assignee is written into each member's filter.
 */
@Component
class MyVotesFilters {

  /** The filter's property naming its member; also how an earlier version's shared filter is told apart. */
  static final String MEMBER_PROPERTY = "member";
  private static final List<Role> VOTERS = List.of(Role.CO_CEO, Role.CTO);

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final CouncilRoster roster;
  private final SecurityProperties security;

  MyVotesFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      CouncilRoster roster, SecurityProperties security) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.roster = roster;
    this.security = security;
  }

  @EventListener
  void on(MemberEnrolled enrolled) {
    if (VOTERS.contains(enrolled.member().role())) {
      ensureFor(enrolled.member().userId());
    }
  }

  /** Every voting member's filter; removes the filter shared by all executives that earlier versions made. */
  void ensureForEveryVoter() {
    filterService.createFilterQuery().filterName(AccessPolicy.FILTER_MY_VOTES).list().stream()
        .filter(filter -> filter.getProperties() == null || !filter.getProperties().containsKey(MEMBER_PROPERTY))
        .forEach(shared -> filterService.deleteFilter(shared.getId()));
    roster.partnerCodes().forEach(partner -> roster.membersWithRoles(partner, VOTERS)
        .forEach(member -> ensureFor(member.userId())));
  }

  void ensureFor(String userId) {
    Filter filter = filterOf(userId).orElseGet(() -> {
      Filter created = filterService.newTaskFilter(AccessPolicy.FILTER_MY_VOTES);
      created.setOwner(security.adminUser());
      return created;
    });
    Map<String, Object> properties = AccessPolicy.filterProperties(-10, "#c8102e",
        "투표를 기다리는 안건 / Resolutions waiting for your vote");
    properties.put(MEMBER_PROPERTY, userId);
    filter.setProperties(properties);
    filter.setQuery(taskService.createTaskQuery().taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE)
        .taskAssignee(userId));
    filterService.saveFilter(filter);
    if (authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.FILTER)
        .resourceId(filter.getId()).count() == 0) {
      Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setUserId(userId);
      read.setResource(Resources.FILTER);
      read.setResourceId(filter.getId());
      read.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(read);
    }
  }

  private Optional<Filter> filterOf(String userId) {
    return filterService.createFilterQuery().filterName(AccessPolicy.FILTER_MY_VOTES).list().stream()
        .filter(filter -> filter.getProperties() != null
            && userId.equals(filter.getProperties().get(MEMBER_PROPERTY)))
        .findFirst();
  }
}
