package com.synergycouncil.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.SnapshotJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a generated report says, checked against the database for a quarter driven through the real processes. */
@ProcessTest
class ImpactReportContentTests {

  static final Quarter QUARTER = KnownQuarter.QUARTER;

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired TaskService taskService;
  @Autowired ImpactReports reports;
  @Autowired ImpactReportRenderer renderer;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void driveTheKnownQuarterOnce() {
    council.seat();
    if (count("select count(*) from funding_application where submitted_at >= ? and submitted_at < ?") == 0) {
      new KnownQuarter(council, applications, taskService).drive();
    }
  }

  @Test
  void thePdfCarriesTheSameTotalsAsTheDatabase() throws IOException {
    ImpactReport report = reports.generate(QUARTER, "test", null);
    String text = pdfText(reports.download(QUARTER, report.version(), ReportFormat.PDF, "test").content());

    long received = count("select count(*) from funding_application where submitted_at >= ? and submitted_at < ?");
    assertThat(received).isEqualTo(5);
    assertThat(figure(text, "Applications received")).isEqualTo(received);
    assertThat(figure(text, "Eligible \\(passed screening\\)")).isEqualTo(reached("IN_DUE_DILIGENCE")).isEqualTo(4);
    assertThat(figure(text, "Approved \\(awarded\\)")).isEqualTo(reached("AWARDED")).isEqualTo(1);
    assertThat(figure(text, "Rejected in total")).isEqualTo(reached("INELIGIBLE") + reached("DECLINED")
        + reached("REJECTED") + reached("FUND_EXHAUSTED")).isEqualTo(3);
    assertThat(figure(text, "Withdrawn")).isEqualTo(reached("WITHDRAWN")).isEqualTo(1);

    long resolutions = count("select count(*) from resolution where decided_at >= ? and decided_at < ?");
    assertThat(figure(text, "Resolutions")).isEqualTo(resolutions).isEqualTo(2);
    assertThat(figure(text, "vetoed")).isEqualTo(
        count("select count(*) from resolution where outcome = 'VETOED' and decided_at >= ? and decided_at < ?"));
    assertThat(figure(text, "Votes cast")).isEqualTo(count(
        "select count(*) from council_vote_event where event_type = 'VOTE_CAST' and recorded_at >= ? and recorded_at < ?"));
    long jobs = count("select coalesce(sum(jobs_created), 0) from funding_milestone_report "
        + "where decision = 'ACCEPT' and reviewed_at >= ? and reviewed_at < ?");
    assertThat(jobs).isEqualTo(7);
    assertThat(text).containsPattern("PI3687\\s+명\\s+" + jobs + "\\s");
    assertThat(text).contains("OI4862", "12.5");
    for (String number : jdbc.sql("select resolution_number from resolution where decided_at >= ? and decided_at < ?")
        .params(start(), end()).query(String.class).list()) {
      assertThat(text).as("appendix").contains(number);
    }
    assertThat(text).contains("NOT_AN_SME", "VETOED", "Vetoed Ventures");
  }

  @Test
  void thePdfEmbedsNanumGothicAndItsHangulExtracts() throws IOException {
    ImpactReport report = reports.find(QUARTER, null).orElseGet(() -> reports.generate(QUARTER, "test", null));
    byte[] pdf = reports.download(QUARTER, report.version(), ReportFormat.PDF, "test").content();

    List<PDFont> fonts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
    }
    assertThat(fonts).isNotEmpty().allSatisfy(font -> {
      assertThat(font.getName()).contains("NanumGothic");
      assertThat(font).isInstanceOf(PDType0Font.class);
      assertThat(font.isEmbedded()).isTrue();
      var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
      assertThat(descriptor.getFontFile2()).as("embedded TrueType program of %s", font.getName()).isNotNull();
    });
    assertThat(pdfText(pdf)).contains("분기 사회적 임팩트 보고서", "기금 파이프라인", "지원 신청 접수", "공개된 AI 결과물");
  }

  @Test
  void theSpreadsheetOpensAndTheCsvStartsWithAByteOrderMark() throws IOException {
    ImpactReport report = reports.generate(QUARTER, "test", null);
    byte[] xlsx = reports.download(QUARTER, report.version(), ReportFormat.XLSX, "test").content();
    byte[] csv = reports.download(QUARTER, report.version(), ReportFormat.CSV, "test").content();

    String sheet = zipText(xlsx, "xl/sharedStrings.xml") + zipText(xlsx, "xl/worksheets/sheet1.xml");
    assertThat(sheet).contains("Applications received", "지원 신청 접수");
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).contains("pipeline,RECEIVED,지원 신청 접수,Applications received,5,건,\r\n");
  }

  @Test
  void aSignedReportCannotBeReplacedOrAlteredAndGeneratingAgainAddsAVersion() {
    ImpactReport report = reports.generate(QUARTER, "test", null);
    byte[] signedPdf = reports.download(QUARTER, report.version(), ReportFormat.PDF, "test").content();
    reports.sign(report.id(), TestCouncil.COMPLIANCE, null);

    assertThatThrownBy(() -> reports.sign(report.id(), "someone-else", null)).isInstanceOf(ReportFrozenException.class);
    assertThatThrownBy(() -> reports.noteRegeneration(report.id(), "please change"))
        .isInstanceOf(ReportFrozenException.class);
    assertThatThrownBy(() -> jdbc.sql("update impact_report set pdf = ? where id = ?")
        .params("forged".getBytes(StandardCharsets.UTF_8), report.id()).update())
        .isInstanceOf(DataAccessException.class).hasStackTraceContaining("signed and frozen");
    assertThatThrownBy(() -> jdbc.sql("update impact_report set status = 'GENERATED' where id = ?")
        .param(report.id()).update()).isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("delete from impact_report where id = ?").param(report.id()).update())
        .isInstanceOf(DataAccessException.class);
    assertThatThrownBy(() -> jdbc.sql("delete from report_download").update()).isInstanceOf(DataAccessException.class);

    ImpactReport next = reports.generate(QUARTER, "test", null);

    assertThat(next.version()).isEqualTo(report.version() + 1);
    ImpactReport frozen = reports.find(report.id()).orElseThrow();
    assertThat(frozen.status()).isEqualTo(ReportStatus.SIGNED);
    assertThat(frozen.pdfSha256()).isEqualTo(report.pdfSha256()).isEqualTo(SnapshotJson.sha256(signedPdf));
    assertThat(reports.download(QUARTER, report.version(), ReportFormat.PDF, "test").content()).isEqualTo(signedPdf);
    assertThat(reports.download(QUARTER, null, ReportFormat.PDF, "test").report().version())
        .as("the newest signed version wins over a newer unsigned one").isEqualTo(report.version());
  }

  @Test
  void theStoredSnapshotRendersTheSameReportAgain() throws IOException {
    ImpactReport report = reports.generate(QUARTER, "test", null);
    String snapshot = reports.snapshot(report.id());

    assertThat(SnapshotJson.sha256(snapshot)).isEqualTo(report.snapshotSha256());
    byte[] again = renderer.pdf(SnapshotJson.read(snapshot));
    assertThat(pdfText(again)).isEqualTo(pdfText(reports.download(QUARTER, report.version(), ReportFormat.PDF, "test")
        .content()));
    assertThat(snapshot).contains("\"evidenceChainHead\":\"" + report.evidenceChainHead() + "\"");
  }

  private long count(String sql) {
    return jdbc.sql(sql).params(start(), end()).query(Long.class).single();
  }

  private long reached(String status) {
    return jdbc.sql("""
            select count(distinct application_id) from funding_status_history
            where status = ? and changed_at >= ? and changed_at < ?""")
        .params(status, start(), end()).query(Long.class).single();
  }

  private static OffsetDateTime start() {
    return OffsetDateTime.ofInstant(QUARTER.start(), ZoneOffset.UTC);
  }

  private static OffsetDateTime end() {
    return OffsetDateTime.ofInstant(QUARTER.end(), ZoneOffset.UTC);
  }

  /** The value printed after an English label in a figures table ("Applications received 5 건"). */
  static long figure(String text, String englishLabel) {
    Matcher matcher = Pattern.compile("(?m)" + englishLabel + "\\s+([\\d,.]+)\\s").matcher(text);
    assertThat(matcher.find()).as("a figure after \"%s\"", englishLabel).isTrue();
    return new BigDecimal(matcher.group(1).replace(",", "")).longValueExact();
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static String zipText(byte[] zip, String entryName) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(entryName)) {
          return new String(((InputStream) in).readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return "";
  }
}
