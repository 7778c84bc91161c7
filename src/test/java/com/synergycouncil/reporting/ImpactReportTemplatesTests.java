package com.synergycouncil.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.reporting.internal.FlatRow;
import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.RecordDataSource;
import com.synergycouncil.reporting.internal.ReportParameters;
import com.synergycouncil.reporting.internal.ReportProperties;
import com.synergycouncil.reporting.internal.ReportTemplates;
import com.synergycouncil.reporting.internal.SnapshotJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The templates in reports/ compile and fill from fixtures, without a database or Spring. */
class ImpactReportTemplatesTests {

  static final List<String> TEMPLATES = ReportTemplates.ALL;

  final ReportTemplates templates = new ReportTemplates();
  final ImpactReportRenderer renderer = new ImpactReportRenderer(templates, new ReportProperties(5));

  @ParameterizedTest
  @FieldSource("TEMPLATES")
  void everyTemplateCompilesAndFillsFromItsFixture(String name) throws Exception {
    JasperReport report = templates.get(name);
    assertThat(templates.get(name)).as("compiled once and cached").isSameAs(report);

    ImpactReportSnapshot snapshot = ReportFixtures.snapshot(8);
    Map<String, Object> parameters = name.equals(ReportTemplates.MAIN) ? ReportParameters.of(snapshot, templates)
        : new HashMap<>(Map.of("TITLE", "fixture"));
    JasperPrint print = JasperFillManager.fillReport(report, parameters, fixtureRows(name, snapshot));

    assertThat(print.getPages()).isNotEmpty();
  }

  @Test
  void theMainReportCarriesEverySectionInBothLanguagesAndTheFooter() throws IOException {
    byte[] pdf = renderer.pdf(ReportFixtures.snapshot(8));

    String text = text(pdf);
    assertThat(text).contains("분기 사회적 임팩트 보고서", "Quarterly social-impact report", "2026년 1분기", "2026 Q1",
        "기금 파이프라인", "Fund pipeline", "Capital per partner", "The portfolio's impact", "PI3687", "OI4862",
        "Patents opened", "AI outputs published", "Governance", "Appendix", "SC-2026-0008",
        "아직 기록 없음", "No records yet", ReportFixtures.HEAD, "Version 1");
    assertThat(text).containsPattern("Applications received\\s+12");
    assertThat(text).containsPattern("Page 1 / \\d+");
  }

  @Test
  void theSnapshotRoundTripsThroughCanonicalJson() {
    ImpactReportSnapshot snapshot = ReportFixtures.snapshot(3);
    String json = SnapshotJson.write(snapshot);

    assertThat(SnapshotJson.read(json)).isEqualTo(snapshot);
    assertThat(SnapshotJson.write(SnapshotJson.read(json))).isEqualTo(json);
  }

  @Test
  void theSpreadsheetIsAnXlsxWorkbookAndTheCsvStartsWithTheByteOrderMark() throws IOException {
    ImpactReportSnapshot snapshot = ReportFixtures.snapshot(3);
    ImpactReportRenderer.RenderedReport rendered = renderer.render(snapshot);

    assertThat(zipEntries(rendered.xlsx())).contains("[Content_Types].xml", "xl/workbook.xml",
        "xl/worksheets/sheet1.xml");
    assertThat(rendered.csv()).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(rendered.csv(), 3, rendered.csv().length - 3, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("section,code,item_ko,item_en,value,unit,detail\r\n")
        .contains("pipeline,RECEIVED,지원 신청 접수,Applications received,12,건,")
        .contains("appendix,SC-2026-0003,");
    assertThat(csv.split("\r\n")).hasSize(FlatRow.of(snapshot).size() + 1);
  }

  private static JRDataSource fixtureRows(String template, ImpactReportSnapshot snapshot) {
    List<? extends Record> rows = switch (template) {
      case ReportTemplates.MAIN -> List.of(new Placeholder());
      case ReportTemplates.FIGURES -> snapshot.pipeline();
      case ReportTemplates.CAPITAL -> snapshot.capital();
      case ReportTemplates.IMPACT -> snapshot.impact();
      case ReportTemplates.REJECTIONS -> snapshot.rejections();
      case ReportTemplates.RESOLUTIONS -> snapshot.resolutions();
      case ReportTemplates.DATA -> FlatRow.of(snapshot);
      default -> throw new IllegalArgumentException("no fixture for " + template);
    };
    return new RecordDataSource(rows);
  }

  /** The main template's single record (its sections come in as parameters). */
  record Placeholder() {
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  private static List<String> zipEntries(byte[] zip) throws IOException {
    List<String> names = new java.util.ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
