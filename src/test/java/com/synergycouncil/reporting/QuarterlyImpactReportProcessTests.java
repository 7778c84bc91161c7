package com.synergycouncil.reporting;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.reporting.QuarterlyImpactReportProcess.Var;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

@ProcessTest
class QuarterlyImpactReportProcessTests {

  @Autowired TestCouncil council;
  @Autowired ImpactReports reports;
  @Autowired ImpactReportRequests requests;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ConfigurableApplicationContext context;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void theTimerAtQuarterCloseReportsOnTheQuarterJustClosedAndTheSignedVersionIsFrozen() {
    Job timer = managementService.createJobQuery().processDefinitionKey(QuarterlyImpactReportProcess.KEY).timers()
        .singleResult();
    assertThat(timer).as("the quarter-close timer waits from deployment on").isNotNull();
    Quarter justClosed = Quarter.lastClosedAt(ClockUtil.now().toInstant());
    int expectedVersion = nextVersion(justClosed);

    managementService.executeJob(timer.getId());
    council.runDueJobs();

    Task signOff = signOffTask(QuarterlyImpactReportProcess.businessKey(justClosed));
    assertThat(signOff.getName()).contains(justClosed.label()).contains("v" + expectedVersion);
    assertThat(formService.getTaskFormData(signOff.getId()).getCamundaFormRef().getKey()).isEqualTo("ReportSignOffForm");
    ImpactReport report = reports.find(justClosed, expectedVersion).orElseThrow();
    assertThat(report.status()).isEqualTo(ReportStatus.GENERATED);
    assertThat(report.generatedBy()).isEqualTo("system");
    assertThat(runtimeService.getVariable(signOff.getProcessInstanceId(), Var.REPORT_SHA256)).isEqualTo(report.pdfSha256());
    assertThat(managementService.createJobQuery().processDefinitionKey(QuarterlyImpactReportProcess.KEY).timers()
        .count()).as("the next quarter's timer").isEqualTo(1);

    council.complete(signOff, COMPLIANCE, Map.of(Var.SIGN_OFF_DECISION, QuarterlyImpactReportProcess.SIGN));

    ImpactReport signed = reports.find(report.id()).orElseThrow();
    assertThat(signed.status()).isEqualTo(ReportStatus.SIGNED);
    assertThat(signed.signedBy()).isEqualTo(COMPLIANCE);
    assertThat(signed.pdfSha256()).isEqualTo(report.pdfSha256());
    assertThat(ended(signOff.getProcessInstanceId(), QuarterlyImpactReportProcess.END_REPORT_SIGNED)).isTrue();
  }

  @Test
  void anOnDemandReportCanBeGeneratedAgainAsANewVersionBeforeItIsSigned() {
    Quarter quarter = new Quarter(2025, 3);
    int first = nextVersion(quarter);
    String processInstance = council.as(COMPLIANCE, () -> requests.request(quarter, COMPLIANCE));
    council.runDueJobs();

    Task signOff = signOffTask(QuarterlyImpactReportProcess.businessKey(quarter));
    assertThat(reports.find(quarter, first).orElseThrow().generatedBy()).isEqualTo(COMPLIANCE);
    council.complete(signOff, COMPLIANCE, Map.of(Var.SIGN_OFF_DECISION, QuarterlyImpactReportProcess.REGENERATE,
        Var.SIGN_OFF_COMMENT, "환율 주석 누락 / The exchange-rate note is missing"));

    ImpactReport superseded = reports.find(quarter, first).orElseThrow();
    assertThat(superseded.status()).isEqualTo(ReportStatus.GENERATED);
    assertThat(superseded.reviewComment()).contains("exchange-rate note");
    ImpactReport second = reports.find(quarter, first + 1).orElseThrow();
    assertThat(second.processInstanceId()).isEqualTo(processInstance);

    council.complete(signOffTask(QuarterlyImpactReportProcess.businessKey(quarter)), COMPLIANCE,
        Map.of(Var.SIGN_OFF_DECISION, QuarterlyImpactReportProcess.SIGN));

    assertThat(reports.find(second.id()).orElseThrow().status()).isEqualTo(ReportStatus.SIGNED);
    assertThat(reports.find(quarter, null).orElseThrow().version()).as("the signed version is the default download")
        .isEqualTo(second.version());
    assertThat(ended(processInstance, QuarterlyImpactReportProcess.END_REPORT_SIGNED)).isTrue();
  }

  @Test
  void aRegenerationWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    Quarter quarter = new Quarter(2025, 2);
    council.as(COMPLIANCE, () -> requests.request(quarter, COMPLIANCE));
    council.runDueJobs();
    Task signOff = signOffTask(QuarterlyImpactReportProcess.businessKey(quarter));

    assertThatThrownBy(() -> council.complete(signOff, COMPLIANCE,
        Map.of(Var.SIGN_OFF_DECISION, QuarterlyImpactReportProcess.REGENERATE)))
        .isInstanceOf(ProcessEngineException.class).hasStackTraceContaining("signOffComment");
    assertThatThrownBy(() -> council.complete(signOff, COMPLIANCE, Map.of(Var.SIGN_OFF_DECISION, "MAYBE")))
        .isInstanceOf(ProcessEngineException.class).hasStackTraceContaining("signOffDecision");

    assertThat(taskService.createTaskQuery().taskId(signOff.getId()).count()).isEqualTo(1);
  }

  @Test
  void aFutureQuarterCannotBeRequested() {
    Quarter future = new Quarter(Quarter.containing(ClockUtil.now().toInstant()).year() + 1, 1);

    assertThatThrownBy(() -> requests.request(future, COMPLIANCE)).hasMessageContaining("has not begun");
  }

  @Test
  void aFailedGenerationIsRetriedThenBecomesAnIncidentAndStoresNothing() {
    Quarter quarter = new Quarter(2001, 1);
    DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
    beans.registerSingleton("brokenPatentFigures", new BrokenFigures(quarter));
    try {
      String processInstance = council.as(COMPLIANCE, () -> requests.request(quarter, COMPLIANCE));
      Job job = managementService.createJobQuery().processInstanceId(processInstance).singleResult();
      assertThat(job.getRetries()).isEqualTo(3);

      for (int attempt = 0; attempt < 3; attempt++) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId()))
            .hasStackTraceContaining("patent register unavailable");
      }

      Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(failed.getRetries()).isZero();
      assertThat(failed.getExceptionMessage()).contains("patent register unavailable");
      List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(processInstance).list();
      assertThat(incidents).singleElement().satisfies(incident -> {
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(QuarterlyImpactReportProcess.TASK_GENERATE_REPORT);
      });
      assertThat(reports.find(quarter, null)).as("nothing half-stored").isEmpty();
    } finally {
      beans.destroySingleton("brokenPatentFigures");
    }
  }

  private int nextVersion(Quarter quarter) {
    return reports.list().stream().filter(report -> report.quarter().equals(quarter))
        .mapToInt(ImpactReport::version).max().orElse(0) + 1;
  }

  private Task signOffTask(String businessKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(QuarterlyImpactReportProcess.TASK_SIGN_OFF_REPORT).active().list().stream()
        .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no sign-off task for " + businessKey));
  }

  private boolean ended(String processInstanceId, String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(endEventId).count() == 1;
  }

  /** A patents module whose register is down for one quarter: the seam that makes a generation fail. */
  record BrokenFigures(Quarter brokenQuarter) implements ImpactFigures {

    @Override
    public Section section() {
      return Section.PATENTS;
    }

    @Override
    public List<ImpactFigure> figures(Quarter quarter) {
      if (quarter.equals(brokenQuarter)) {
        throw new IllegalStateException("patent register unavailable");
      }
      return List.of();
    }
  }
}
