package com.synergycouncil.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.ImpactReportRenderer.RenderedReport;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.RejectionLine;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot.ResolutionLine;
import com.synergycouncil.reporting.internal.ReportProperties;
import com.synergycouncil.reporting.internal.ReportTemplates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names and reasons come from applicants and staff: in every report format they are printed as the text they are,
 * never read as markup or a formula. Jasper's styled/HTML markup would swallow the tags below; a spreadsheet would
 * run the formulas.
 */
class ReportMarkupTests {

  static final String MARKUP = "<b>굵게</b><style isBold=\"true\">Bold</style><script>alert(1)</script>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
  static final String REASON = "@SUM(1+1)&<i>사유</i>";

  static RenderedReport report;

  @BeforeAll
  static void renderAQuarterWithHostileText() {
    ImpactReportSnapshot fixture = ReportFixtures.snapshot(3);
    List<ResolutionLine> lines = new ArrayList<>(fixture.resolutions());
    lines.add(new ResolutionLine("SC-2026-0901", LocalDate.of(2026, 2, 2), "FUNDING", "FA-2026-0901", MARKUP,
        100_000_000L, "CO_CEOS", "PASSED", 2, 2, 0, 0, 0));
    lines.add(new ResolutionLine("SC-2026-0902", LocalDate.of(2026, 2, 3), "FUNDING", "FA-2026-0902", FORMULA,
        100_000_000L, "CO_CEOS", "PASSED", 2, 2, 0, 0, 0));
    List<RejectionLine> rejections = List.of(
        new RejectionLine("FA-2026-0903", FORMULA, "INELIGIBLE", REASON, LocalDate.of(2026, 1, 12)));
    ImpactReportSnapshot hostile = new ImpactReportSnapshot(fixture.year(), fixture.quarter(), fixture.version(),
        fixture.firstDay(), fixture.lastDay(), fixture.generatedAt(), fixture.generatedBy(),
        fixture.evidenceChainHead(), fixture.pipeline(), rejections, fixture.capital(), fixture.capitalFlows(),
        fixture.impact(), fixture.patents(),
        fixture.aiOutputs(), fixture.governance(), lines);
    report = new ImpactReportRenderer(new ReportTemplates(), new ReportProperties(5)).render(hostile);
  }

  @Test
  void thePdfPrintsTagsAndFormulasAsTheTextTheyAre() throws IOException {
    String text;
    try (PDDocument pdf = Loader.loadPDF(report.pdf())) {
      text = squeeze(new PDFTextStripper().getText(pdf));
    }
    assertThat(text).contains(squeeze(MARKUP), squeeze(FORMULA), squeeze(REASON));
  }

  @Test
  void theSpreadsheetHoldsThemAsTextCellsAndHasNoFormula() throws IOException {
    StringBuilder sheets = new StringBuilder();
    try (ZipInputStream xlsx = new ZipInputStream(new ByteArrayInputStream(report.xlsx()))) {
      for (ZipEntry entry = xlsx.getNextEntry(); entry != null; entry = xlsx.getNextEntry()) {
        if (entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml")
            || entry.getName().equals("xl/sharedStrings.xml")) {
          sheets.append(new String(xlsx.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    String xml = sheets.toString();
    assertThat(xml).as("no cell is a formula").doesNotContain("<f>").doesNotContain("<f ");
    // the whole text, not just what fits the cell's box on a page
    assertThat(xml).contains("&lt;b&gt;굵게&lt;/b&gt;&lt;style isBold=&quot;true&quot;&gt;Bold&lt;/style&gt;"
            + "&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("=HYPERLINK(").doesNotContain("<script>");
  }

  @Test
  void theCsvDefusesFormulasAndKeepsTheTags() {
    String csv = new String(report.csv(), StandardCharsets.UTF_8);
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
    assertThat(csv).contains("2026-01-12: @SUM(1+1)&<i>사유</i>");
    assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
  }

  private static String squeeze(String text) {
    return text.replaceAll("\\s+", "");
  }
}
