package com.synergycouncil.reporting;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.audit.AuditAct;
import com.synergycouncil.audit.AuditActKind;
import com.synergycouncil.audit.AuditTrail;
import com.synergycouncil.audit.ChainVerification;
import com.synergycouncil.audit.EvidenceChain;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** A quarterly report in the audit trail and the evidence chain: generated, signed into the chain, downloaded. */
@ProcessTest
class ImpactReportEvidenceTests {

  static final Quarter QUARTER = new Quarter(2022, 3);

  @Autowired TestCouncil council;
  @Autowired ImpactReports reports;
  @Autowired EvidenceChain chain;
  @Autowired AuditTrail trail;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void aSignedReportJoinsTheEvidenceChainAndItsHeadIsPrintedInTheNextReport() {
    ImpactReport report = reports.generate(QUARTER, COMPLIANCE, null);
    assertThat(report.evidenceChainHead()).isEqualTo(chain.headHash());

    reports.sign(report.id(), COMPLIANCE, "검토 완료 / Reviewed");

    String ref = ImpactReports.auditRef(report);
    assertThat(jdbc.sql("select content_sha256 from evidence_chain where kind = 'SIGNED_REPORT' and entry_ref = ?")
        .param(ref).query(String.class).single()).isEqualTo(report.pdfSha256());
    ChainVerification verification = chain.verify();
    assertThat(verification.intact()).as(verification.summary()).isTrue();
    ImpactReport next = reports.generate(QUARTER, COMPLIANCE, null);
    assertThat(next.evidenceChainHead()).isEqualTo(verification.headHash());
  }

  @Test
  @WithMockUser(username = COMPLIANCE, authorities = "GROUP_compliance")
  void generationSignOffAndDownloadsAppearInTheAuditTrailWithThePerson() {
    ImpactReport report = reports.generate(QUARTER, COMPLIANCE, null);
    reports.sign(report.id(), COMPLIANCE, "승인 / Approved");
    reports.download(QUARTER, report.version(), ReportFormat.PDF, COMPLIANCE);

    List<AuditAct> story = trail.story(ImpactReports.auditRef(report));
    assertThat(story).extracting(AuditAct::kind).containsSubsequence(
        AuditActKind.REPORT_GENERATED, AuditActKind.REPORT_SIGNED, AuditActKind.REPORT_DOWNLOADED);
    assertThat(story).filteredOn(act -> act.kind() == AuditActKind.REPORT_DOWNLOADED)
        .allSatisfy(act -> assertThat(act.actor()).isEqualTo(COMPLIANCE));
  }
}
