package com.synergycouncil.council.internal;

import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.council.MemberEnrolled;
import com.synergycouncil.council.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
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
  private final CouncilRoster roster;
  private final Grants grants;
  private final TaskFilters filters;

  MyVotesFilters(FilterService filterService, TaskService taskService, CouncilRoster roster, Grants grants,
      TaskFilters filters) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.roster = roster;
    this.grants = grants;
    this.filters = filters;
  }

  @EventListener
  void on(MemberEnrolled enrolled) {
    if (VOTERS.contains(enrolled.member().role())) {
      String userId = enrolled.member().userId();
      ensure(userId, byMember().get(userId));
    }
  }

  /** Every voting member's filter; removes the filter shared by all executives that earlier versions made. */
  void ensureForEveryVoter() {
    filterService.createFilterQuery().filterName(AccessPolicy.FILTER_MY_VOTES).list().stream()
        .filter(filter -> member(filter) == null)
        .forEach(shared -> filterService.deleteFilter(shared.getId()));
    Map<String, Filter> existing = byMember();
    roster.partnerCodes().forEach(partner -> roster.membersWithRoles(partner, VOTERS)
        .forEach(member -> ensure(member.userId(), existing.get(member.userId()))));
  }

  private void ensure(String userId, Filter existing) {
    Filter filter = filters.save(existing, AccessPolicy.FILTER_MY_VOTES, -10, "#c8102e",
        "투표를 기다리는 안건 / Resolutions waiting for your vote",
        taskService.createTaskQuery().taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).taskAssignee(userId),
        Map.of(MEMBER_PROPERTY, userId));
    grants.toUser(userId, Resources.FILTER, filter.getId(), Permissions.READ);
  }

  /** The members' own "My votes" filters, by member. */
  private Map<String, Filter> byMember() {
    return filterService.createFilterQuery().filterName(AccessPolicy.FILTER_MY_VOTES).list().stream()
        .filter(filter -> member(filter) != null)
        .collect(Collectors.toMap(MyVotesFilters::member, Function.identity(), (first, second) -> first));
  }

  private static String member(Filter filter) {
    return filter.getProperties() == null ? null : (String) filter.getProperties().get(MEMBER_PROPERTY);
  }
}
