package com.synergycouncil.patents.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.patents.PatentReleaseProcess.Var;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of PatentReleaseProcess: thin delegate beans named as the model refers to them. */
@Configuration(proxyBeanMethods = false)
class PatentReleaseDelegates {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  static LocalDate today() {
    return ClockUtil.now().toInstant().atZone(SEOUL).toLocalDate();
  }

  static long requestId(DelegateExecution execution) {
    return longValue(execution, Var.REQUEST_ID);
  }

  @Bean
  JavaDelegate checkReleasePassportsDelegate(ReleaseRequests requests, ReleasePassport passport,
      PatentReleaseStatus status) {
    return execution -> {
      ReleaseRequests.Facts request = requests.facts(requestId(execution));
      long awaiting = passport.check(request.id(), request.kind(), request.partnerCode(), today());
      execution.setVariable(Var.CONSENT_NEEDED, awaiting > 0);
      status.change(execution, awaiting > 0 ? "AWAITING_CONSENT" : "PASSPORTS_CHECKED",
          "passed %d, failed %d, awaiting co-owner consent %d".formatted(requests.count(request.id(), "PASSED"),
              requests.count(request.id(), "FAILED"), awaiting));
    };
  }

  @Bean
  JavaDelegate applyCoOwnerConsentsDelegate(ReleasePassport passport) {
    return execution -> passport.applyConsents(requestId(execution));
  }

  @Bean
  JavaDelegate rateReleaseRiskDelegate(ReleaseRequests requests, ReleaseRiskRating rating) {
    return execution -> {
      ReleaseRequests.Facts request = requests.facts(requestId(execution));
      String risk = rating.rate(request.id(), today());
      long passed = requests.count(request.id(), "PASSED");
      long failed = requests.count(request.id(), "FAILED");
      requests.recordRisk(request.id(), risk);
      execution.setVariable(Var.RISK_LEVEL, risk);
      execution.setVariable(Var.RELEASABLE_COUNT, passed);
      String who = request.kind().byPartner() ? request.partnerCode() + " " + request.programmeName()
          : request.recipientName();
      execution.setVariable(Var.REQUEST_TITLE, "%s %s: %s".formatted(request.reference(), request.kind(), who));
      execution.setVariable(Var.REQUEST_SUMMARY, ("특허 %d건 공개 심사 통과, %d건 제외, 위험 등급 %s / "
          + "%d patents passed the release passport, %d left out, risk %s").formatted(passed, failed, risk, passed,
          failed, risk));
      execution.setVariable(Var.PATENT_COUNT_DISPLAY, "특허 %d건 / %d patents".formatted(passed, passed));
    };
  }

  @Bean
  JavaDelegate recordNothingReleasableDelegate(PatentReleaseStatus status) {
    return execution -> status.change(execution, "NOTHING_RELEASABLE",
        "no patent passed its release passport / 공개 가능한 특허 없음");
  }

  @Bean
  JavaDelegate recordReleaseRejectionDelegate(PatentReleaseStatus status, ReleaseRequests requests) {
    return execution -> {
      String resolution = string(execution, Var.RESOLUTION_NUMBER);
      requests.recordResolution(requestId(execution), resolution);
      status.change(execution, "REJECTED", "resolution " + resolution + ": " + string(execution, Var.RESOLUTION_OUTCOME));
    };
  }

  @Bean
  JavaDelegate grantReleasesDelegate(PatentReleaseStatus status, ReleaseRequests requests, ReleaseGrants grants) {
    return execution -> {
      ReleaseRequests.Facts request = requests.facts(requestId(execution));
      requests.recordResolution(request.id(), string(execution, Var.RESOLUTION_NUMBER));
      int granted = grants.grant(request, ClockUtil.now().toInstant());
      execution.setVariable(Var.FOLLOW_UP_DUE, request.kind().followedUp());
      status.change(execution, "RELEASED", granted + " patents released under resolution "
          + string(execution, Var.RESOLUTION_NUMBER));
    };
  }
}
