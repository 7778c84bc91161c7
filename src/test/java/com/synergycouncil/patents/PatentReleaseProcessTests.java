package com.synergycouncil.patents;

import static com.synergycouncil.patents.PatentScenario.IP_OFFICER;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER2;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.ImpactFigures;
import com.synergycouncil.reporting.Quarter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ProcessTest
class PatentReleaseProcessTests {

  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired JdbcClient jdbc;
  @Autowired List<ImpactFigures> figures;

  PatentScenario scenario;

  @BeforeEach
  void seat() {
    scenario = new PatentScenario(council, taskService, portfolio, releases);
  }

  @Test
  void opensAProgrammeLeavingOutEveryFailingPatentWithItsReasonAfterOneLowRiskVote() {
    List<PatentLine> good = List.of(PatentLine.of("SKT"), PatentLine.of("SKT").field("AI"), PatentLine.of("SKT"));
    PatentLine lapsed = PatentLine.of("SKT").legal("LAPSED");
    PatentLine expiring = PatentLine.of("SKT").expiresIn(6);
    PatentLine unpaid = PatentLine.of("SKT").fee("OVERDUE");
    PatentLine pledged = PatentLine.of("SKT").pledgedTo("하나은행 / Hana Bank");
    PatentLine exclusive = PatentLine.of("SKT").licences("Mega Corp|EXCLUSIVE|displays");
    PatentLine kakaos = PatentLine.of("KAKAO");
    List<PatentLine> all = new java.util.ArrayList<>(good);
    all.addAll(List.of(lapsed, expiring, unpaid, pledged, exclusive, kakaos));
    scenario.load(all);

    String ref = scenario.request(ReleaseKind.OPENING, "SKT", all);

    ReleaseView view = releases.view(ref);
    assertThat(view.status()).isEqualTo("IN_COUNCIL");
    assertThat(view.riskLevel()).isEqualTo("LOW");
    assertThat(view.passed()).isEqualTo(3);
    assertThat(reason(view, lapsed)).startsWith("NOT_IN_FORCE");
    assertThat(reason(view, expiring)).startsWith("EXPIRING");
    assertThat(reason(view, unpaid)).startsWith("FEES_UNPAID");
    assertThat(reason(view, pledged)).startsWith("PLEDGED");
    assertThat(reason(view, exclusive)).startsWith("EXCLUSIVE_LICENCE");
    assertThat(reason(view, kakaos)).startsWith("NOT_OWN_PATENT");
    assertThat(scenario.voteAll(ref, "APPROVE")).containsExactly(TestCouncil.KAKAO_CTO, TestCouncil.SKT_CTO);

    view = releases.view(ref);
    assertThat(view.status()).isEqualTo("RELEASED");
    assertThat(view.resolutionNumber()).startsWith("SC-");
    assertThat(portfolio.search(new PatentSearch("SKT", null, null, null, good.get(1).number, 0, 10)))
        .singleElement().satisfies(patent -> assertThat(patent.licences()).singleElement().satisfies(licence -> {
          assertThat(licence.kind()).isEqualTo("LICENCE");
          assertThat(licence.exclusive()).isFalse();
          assertThat(licence.royaltyFree()).isTrue();
          assertThat(licence.defensiveTermination()).isTrue();
          assertThat(licence.sourceRequest()).isEqualTo(ref);
        }));
    assertThat(licences(ref)).isEqualTo(3);
    assertThat(ended(ref, PatentReleaseProcess.END_RELEASED)).isTrue();
  }

  @Test
  void asksEachCoOwnerOnceLeavesOutWhatARefusingCoOwnerHoldsAndFollowsTheTransferUp() {
    String etri = "ETRI-" + System.nanoTime();
    String kaist = "KAIST-" + System.nanoTime();
    List<PatentLine> lines = List.of(PatentLine.of("SKT").coOwners(etri), PatentLine.of("SKT").coOwners(etri + ";" + kaist),
        PatentLine.of("KAKAO").coOwners(etri).strategic(3), PatentLine.of("KAKAO"));
    scenario.load(lines);
    String ref = scenario.request(ReleaseKind.TRANSFER, null, lines);
    assertThat(releases.view(ref).status()).isEqualTo("AWAITING_CONSENT");

    List<Task> consents = scenario.tasks(ref, PatentReleaseProcess.TASK_OBTAIN_CO_OWNER_CONSENT);
    assertThat(consents).hasSize(2);
    for (Task consent : consents) {
      String coOwner = (String) taskService.getVariable(consent.getId(), "coOwner");
      assertThat(consent.getName()).contains(coOwner);
      scenario.complete(consent, IP_OFFICER2, Map.of("consentDecision", coOwner.equals(etri) ? "GRANTED" : "REFUSED",
          "consentComment", "동의서 접수 / consent letter received"));
    }

    ReleaseView view = releases.view(ref);
    assertThat(view.riskLevel()).isEqualTo("MEDIUM");
    assertThat(reason(view, lines.get(1))).startsWith("CO_OWNER_REFUSED");
    assertThat(view.passed()).isEqualTo(3);
    assertThat(scenario.voteAll(ref, "APPROVE")).containsExactly(TestCouncil.KAKAO_CEO, TestCouncil.SKT_CEO);
    assertThat(jdbc.sql("""
        select count(*) from patent_licence l join release_request r on r.id = l.source_request_id
        where r.reference = ? and l.kind = 'ASSIGNMENT' and l.exclusive = true""").param(ref).query(Long.class)
        .single()).isEqualTo(3);

    fireTimer(ref, PatentReleaseProcess.TIMER_SIX_MONTHS);
    useReport(ref, PatentReleaseProcess.TASK_REPORT_USE_AFTER_SIX_MONTHS, 120_000_000L);
    fireTimer(ref, PatentReleaseProcess.TIMER_TWELVE_MONTHS);
    useReport(ref, PatentReleaseProcess.TASK_REPORT_USE_AFTER_TWELVE_MONTHS, 300_000_000L);
    assertThat(ended(ref, PatentReleaseProcess.END_FOLLOWED_UP)).isTrue();

    Map<String, ImpactFigure> quarter = patentFigures(Quarter.containing(Instant.now()));
    assertThat(quarter.get("PATENTS_TRANSFERRED").value().longValue()).isGreaterThanOrEqualTo(3);
    assertThat(quarter.get("RECIPIENT_SALES_WON").value().longValue()).isGreaterThanOrEqualTo(420_000_000L);
    assertThat(quarter.get("RECIPIENTS_REPORTING_USE").value().longValue()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void sendsAStandardEssentialReleaseToTheCoCeosAndRecordsTheirVeto() {
    List<PatentLine> lines = List.of(PatentLine.of("KAKAO").standardEssential().field("TELECOM"));
    scenario.load(lines);
    String ref = scenario.request(ReleaseKind.LICENCE, null, lines);
    ReleaseView view = releases.view(ref);
    assertThat(view.riskLevel()).isEqualTo("HIGH");
    assertThat(view.patents()).singleElement().satisfies(patent -> assertThat(patent.frand()).isTrue());

    assertThat(scenario.voteAll(ref, "REJECT")).containsExactly(TestCouncil.KAKAO_CEO, TestCouncil.SKT_CEO);

    assertThat(releases.view(ref).status()).isEqualTo("REJECTED");
    assertThat(licences(ref)).isZero();
    assertThat(ended(ref, PatentReleaseProcess.END_REJECTED)).isTrue();
  }

  @Test
  void endsWithoutACouncilVoteWhenNoPatentPassesItsPassport() {
    List<PatentLine> lines = List.of(PatentLine.of("SKT").legal("EXPIRED"), PatentLine.of("SKT").fee("DUE"));
    scenario.load(lines);
    String ref = scenario.request(ReleaseKind.OPENING, "SKT", lines);

    assertThat(releases.view(ref).status()).isEqualTo("NOTHING_RELEASABLE");
    assertThat(releases.view(ref).failed()).isEqualTo(2);
    assertThat(ended(ref, PatentReleaseProcess.END_NOTHING_RELEASABLE)).isTrue();
  }

  @Test
  void placesAPartnersContributionInTheJointPoolWithItsContributor() {
    List<PatentLine> lines = List.of(PatentLine.of("KAKAO").field("AI"), PatentLine.of("KAKAO").field("MEDIA"),
        PatentLine.of("KAKAO").field("TELECOM"));
    scenario.load(lines);
    String ref = scenario.request(ReleaseKind.POOL, "KAKAO", lines);
    assertThat(reason(releases.view(ref), lines.get(2))).startsWith("NOT_POOL_FIELD");
    scenario.voteAll(ref, "APPROVE");

    List<String> pooled = portfolio.pool(0, 500).stream().filter(patent -> patent.number().startsWith("KR-T"))
        .map(patent -> patent.partnerCode() + ":" + patent.number()).toList();
    assertThat(pooled).contains("KAKAO:" + lines.get(0).number, "KAKAO:" + lines.get(1).number)
        .doesNotContain("KAKAO:" + lines.get(2).number);
  }

  private void fireTimer(String ref, String timerId) {
    var job = managementService.createJobQuery().processInstanceId(processInstanceId(ref)).timers()
        .activityId(timerId).singleResult();
    assertThat(job).as("timer %s", timerId).isNotNull();
    managementService.executeJob(job.getId());
    council.runDueJobs();
  }

  private void useReport(String ref, String taskKey, long sales) {
    Task task = scenario.tasks(ref, taskKey).get(0);
    scenario.complete(task, IP_OFFICER, Map.of("productsDescription", "물류 로봇 2종 / two warehouse robots",
        "salesWon", sales));
  }

  private String processInstanceId(String ref) {
    return jdbc.sql("select process_instance_id from release_request where reference = ?").param(ref)
        .query(String.class).single();
  }

  private Map<String, ImpactFigure> patentFigures(Quarter quarter) {
    ImpactFigures patents = figures.stream().filter(f -> f.section() == ImpactFigures.Section.PATENTS).findFirst()
        .orElseThrow();
    Map<String, ImpactFigure> byCode = new java.util.HashMap<>();
    patents.figures(quarter).forEach(figure -> byCode.put(figure.code(), figure));
    return byCode;
  }

  private long licences(String ref) {
    return jdbc.sql("""
        select count(*) from patent_licence l join release_request r on r.id = l.source_request_id
        where r.reference = ?""").param(ref).query(Long.class).single();
  }

  private boolean ended(String ref, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId(ref))
        .activityId(endEvent).finished().count() == 1;
  }

  static String reason(ReleaseView view, PatentLine line) {
    return view.patents().stream().filter(patent -> patent.patentNumber().equals(line.number)).findFirst()
        .orElseThrow().reason();
  }
}
