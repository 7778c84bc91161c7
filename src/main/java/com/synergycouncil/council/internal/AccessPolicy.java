package com.synergycouncil.council.internal;

import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.system.Groups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each group may do in the engine, and the Tasklist's ready filters, set up on every start (idempotently).
 * Nobody but administrators holds a global task permission: an executive reads a task only because it is
 * assigned to them (the engine grants that when it assigns), so each sees only the votes meant for them; each voting
 * member's "My votes" filter is their own ({@link MyVotesFilters}).
 * The filters carry no expressions: stored-query expressions are switched off.
 */
@Component
@Order(10)
class AccessPolicy implements ApplicationRunner {

  static final String FILTER_MY_VOTES = "내 투표 / My votes";
  static final String FILTER_OVERDUE = "기한 초과 / Overdue";
  static final String FILTER_FUND_WORK = "기금 업무 / Fund work";
  static final String FILTER_REPORT_SIGN_OFF = "보고서 승인 / Report sign-off";
  static final String FILTER_AI_PUBLICATION = "AI 공개 업무 / AI publication work";
  static final String FILTER_ALL = "모든 업무 / All tasks";
  static final String FILTER_PATENT_WORK = "특허 업무 / Patent work";
  static final String IP_OFFICERS = "ip-officers";

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final CouncilRoster roster;
  private final Grants grants;
  private final TaskFilters filters;
  private final MyVotesFilters myVotes;

  AccessPolicy(IdentityService identityService, FilterService filterService, TaskService taskService,
      CouncilRoster roster, Grants grants, TaskFilters filters, MyVotesFilters myVotes) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.roster = roster;
    this.grants = grants;
    this.filters = filters;
    this.myVotes = myVotes;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> executives = roster.partnerCodes().stream().map(Groups::executivesOf).toList();
    executives.forEach(group -> ensureGroup(group, "임원 / Executives " + group.substring(Groups.EXECUTIVES_PREFIX.length()).toUpperCase()));
    ensureGroup(Groups.COUNCIL_CHAIR, "협의체 의장 / Council chair");
    ensureGroup(Groups.FUND_MANAGERS, "펀드 매니저 / Fund managers");
    ensureGroup(Groups.COMPLIANCE, "컴플라이언스 / Compliance");
    ensureGroup(IP_OFFICERS, "IP 담당자 / IP officers");
    List<String> aiWorkers = List.of(Groups.AI_LEADS, Groups.PRIVACY_REVIEWERS, Groups.SECURITY_REVIEWERS,
        Groups.LEGAL_REVIEWERS);
    ensureGroup(Groups.AI_LEADS, "AI 리드 / AI leads");
    ensureGroup(Groups.PRIVACY_REVIEWERS, "개인정보 검토자 / Privacy reviewers");
    ensureGroup(Groups.SECURITY_REVIEWERS, "보안·오용 검토자 / Security and misuse reviewers");
    ensureGroup(Groups.LEGAL_REVIEWERS, "법무 검토자 / Legal reviewers");

    List<String> taskWorkers = new ArrayList<>(executives);
    taskWorkers.add(Groups.COUNCIL_CHAIR);
    taskWorkers.add(Groups.FUND_MANAGERS);
    taskWorkers.add(IP_OFFICERS);
    taskWorkers.addAll(aiWorkers);
    for (String group : taskWorkers) {
      grants.toGroup(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grants.toGroup(group, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }
    grants.toGroup(Groups.COMPLIANCE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grants.toGroup(Groups.COMPLIANCE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grants.toGroup(Groups.COMPLIANCE, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grants.toGroup(Groups.COMPLIANCE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
    grants.toGroup(Groups.COMPLIANCE, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grants.toGroup(Groups.COMPLIANCE, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);

    // Who may start which process by hand (Tasklist's start forms, /engine-rest): the start event's listener has
    // the module's service check the same groups again (e.g. FundingApplicationService.maySubmit) with the API's
    // rules. CouncilDecisionProcess is started by the other processes only: nobody may start it.
    Map<String, List<String>> starters = new LinkedHashMap<>();
    List<String> fundingStarters = new ArrayList<>(List.of(Groups.FUND_MANAGERS));
    fundingStarters.addAll(executives);
    starters.put("FundingApprovalProcess", fundingStarters);
    starters.put("PatentReleaseProcess", List.of(Groups.IP_OFFICERS));
    starters.put("PatentDisputeMediationProcess", List.of(Groups.IP_OFFICERS));
    starters.put("LicenceSuspensionProcess", List.of(Groups.IP_OFFICERS));
    starters.put("AiOutputPublicationProcess", List.of(Groups.AI_LEADS));
    starters.put("QuarterlyImpactReportProcess", List.of(Groups.COMPLIANCE));
    starters.forEach((processKey, groups) -> groups.forEach(group -> {
      grants.toGroup(group, Resources.PROCESS_DEFINITION, processKey, Permissions.CREATE_INSTANCE);
      grants.toGroup(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }));

    myVotes.ensureForEveryVoter();
    filter(FILTER_OVERDUE, -5, "#f2a900", "기한이 지나 의장의 조치를 기다리는 투표 / Overdue votes waiting for the chair",
        taskService.createTaskQuery().taskDefinitionKey(CouncilDecisionProcess.TASK_HANDLE_OVERDUE_VOTE),
        List.of(Groups.COUNCIL_CHAIR));
    filter(FILTER_FUND_WORK, 0, "#1e6bb8", "실사와 마일스톤 검토 / Due diligence and milestone reviews",
        taskService.createTaskQuery().taskCandidateGroup(Groups.FUND_MANAGERS).includeAssignedTasks(),
        List.of(Groups.FUND_MANAGERS));
    filter(FILTER_REPORT_SIGN_OFF, 5, "#1b7f3b", "분기 임팩트 보고서 승인 / Quarterly impact reports to sign off",
        taskService.createTaskQuery().taskCandidateGroup(Groups.COMPLIANCE).includeAssignedTasks(),
        List.of(Groups.COMPLIANCE));
    List<String> aiReaders = new ArrayList<>(aiWorkers);
    aiReaders.add(Groups.COUNCIL_CHAIR);
    filter(FILTER_AI_PUBLICATION, 3, "#6b3fa0", "AI 결과물 공개 검토·보완·사고 처리 / AI output reviews, revisions and incidents",
        taskService.createTaskQuery().processDefinitionKey("AiOutputPublicationProcess"),
        aiReaders);
    filter(FILTER_PATENT_WORK, 2, "#6a3d9a", "특허 공개 여권, 공동소유자 동의, 활용 보고 / Release passports, co-owner consents, use reports",
        taskService.createTaskQuery().taskCandidateGroup(IP_OFFICERS).includeAssignedTasks(), List.of(IP_OFFICERS));
    filter(FILTER_ALL, 10, "#555555", "관리자용 전체 업무 / Every open task (administrators)",
        taskService.createTaskQuery(), List.of());
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
  }

  private void filter(String name, int priority, String color, String description, TaskQuery query,
      List<String> readers) {
    Filter filter = filters.save(filterService.createFilterQuery().filterName(name).singleResult(), name, priority,
        color, description, query, Map.of());
    for (String reader : readers) {
      grants.toGroup(reader, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
