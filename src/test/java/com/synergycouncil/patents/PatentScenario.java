package com.synergycouncil.patents;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import com.synergycouncil.council.CouncilMember;
import com.synergycouncil.council.Role;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** The acts of a patent scenario: IP officers, imports, requests and the council's votes. */
final class PatentScenario {

  static final String IP_OFFICER = "ip-officer";
  static final String IP_OFFICER2 = "ip-officer2";

  private final TestCouncil council;
  private final TaskService taskService;
  private final PatentPortfolio portfolio;
  private final PatentReleaseService releases;

  PatentScenario(TestCouncil council, TaskService taskService, PatentPortfolio portfolio,
      PatentReleaseService releases) {
    this.council = council;
    this.taskService = taskService;
    this.portfolio = portfolio;
    this.releases = releases;
    council.seat();
    council.seat(List.of(
        new CouncilMember(IP_OFFICER, "SKT", Role.IP_OFFICER, "정다온", "Jung Daon", false),
        new CouncilMember(IP_OFFICER2, "KAKAO", Role.IP_OFFICER, "강서준", "Kang Seojun", false)));
  }

  void load(List<PatentLine> lines) {
    portfolio.importCsv(PatentLine.file(lines));
  }

  String request(ReleaseKind kind, String partner, List<PatentLine> lines) {
    List<String> numbers = lines.stream().map(line -> line.number).toList();
    ReleaseRequest request = kind.byPartner()
        ? new ReleaseRequest(kind, partner, "테스트 프로그램 / Test programme", null, null, null, null, numbers)
        : new ReleaseRequest(kind, null, null, "새싹로봇 / Saessak Robotics", "220-81-62517",
            "물류 로봇의 경로 계획에 특허를 적용합니다 / We will use the patents in warehouse robot path planning",
            "물류 로봇 / warehouse robots", numbers);
    String reference = releases.submit(request, IP_OFFICER);
    council.runDueJobs();
    return reference;
  }

  /** Every open vote of the request, cast by its assignee; returns who voted. */
  List<String> voteAll(String reference, String choice) {
    List<Task> votes = taskService.createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(CouncilDecisionProcess.TASK_CAST_VOTE).list();
    assertThat(votes).as("votes of %s", reference).isNotEmpty();
    for (Task vote : votes) {
      council.complete(vote, vote.getAssignee(), Map.of("voteDecision", choice, "conflictDeclared", false));
    }
    council.runDueJobs();
    return votes.stream().map(Task::getAssignee).sorted().toList();
  }

  List<Task> tasks(String reference, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
  }

  void complete(Task task, String user, Map<String, Object> variables) {
    council.complete(task, user, variables);
  }
}
