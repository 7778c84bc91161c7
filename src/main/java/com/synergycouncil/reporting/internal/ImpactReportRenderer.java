package com.synergycouncil.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.stereotype.Component;

/**
 * Renders a snapshot into the three files of a report version: the PDF (main template, Korean font embedded), the
 * XLSX (the flat data template) and the CSV. Filled pages beyond {@link ReportProperties#virtualizerMaxPages()} are
 * swapped to a temporary file, so the appendix of a large quarter does not exhaust the heap.
 */
@Component
public class ImpactReportRenderer {

  private static final int SWAP_BLOCK_SIZE = 4096;
  private static final int SWAP_MIN_GROW = 256;

  private final ReportTemplates templates;
  private final ReportProperties properties;

  public ImpactReportRenderer(ReportTemplates templates, ReportProperties properties) {
    this.templates = templates;
    this.properties = properties;
  }

  public RenderedReport render(ImpactReportSnapshot snapshot) {
    return new RenderedReport(pdf(snapshot), xlsx(snapshot), CsvReport.write(FlatRow.of(snapshot)));
  }

  public byte[] pdf(ImpactReportSnapshot snapshot) {
    return virtualized(virtualizer -> {
      Map<String, Object> parameters = ReportParameters.of(snapshot, templates);
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      JasperPrint print = JasperFillManager.fillReport(templates.get(ReportTemplates.MAIN), parameters,
          new JREmptyDataSource(1));
      virtualizer.setReadOnly(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JRPdfExporter exporter = new JRPdfExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
      configuration.setCompressed(true);
      configuration.setMetadataTitle("분기 사회적 임팩트 보고서 / Quarterly social-impact report "
          + snapshot.period().label() + " v" + snapshot.version());
      configuration.setMetadataAuthor("Synergy Council");
      configuration.setMetadataCreator("Synergy Council (JasperReports 7)");
      configuration.setMetadataSubject("SK Telecom - Kakao synergy council, ESG joint fund");
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return out.toByteArray();
    });
  }

  public byte[] xlsx(ImpactReportSnapshot snapshot) {
    return virtualized(virtualizer -> {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("TITLE", "분기 사회적 임팩트 보고서 / Quarterly social-impact report " + snapshot.period().label()
          + " v" + snapshot.version() + " (" + snapshot.firstDay() + " – " + snapshot.lastDay() + ")");
      parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
      List<FlatRow> rows = FlatRow.of(snapshot);
      JasperPrint print = JasperFillManager.fillReport(templates.get(ReportTemplates.DATA), parameters,
          new RecordDataSource(rows));
      virtualizer.setReadOnly(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JRXlsxExporter exporter = new JRXlsxExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
      SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
      configuration.setOnePagePerSheet(false);
      configuration.setDetectCellType(true);
      exporter.setConfiguration(configuration);
      exporter.exportReport();
      return out.toByteArray();
    });
  }

  private byte[] virtualized(Fill fill) {
    JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(properties.virtualizerMaxPages(),
        new JRSwapFile(System.getProperty("java.io.tmpdir"), SWAP_BLOCK_SIZE, SWAP_MIN_GROW), true);
    try {
      return fill.run(virtualizer);
    } catch (JRException e) {
      throw new IllegalStateException("the report could not be rendered: " + e.getMessage(), e);
    } finally {
      virtualizer.cleanup();
    }
  }

  @FunctionalInterface
  private interface Fill {
    byte[] run(JRSwapFileVirtualizer virtualizer) throws JRException;
  }

  /** The three files of a report version. */
  public record RenderedReport(byte[] pdf, byte[] xlsx, byte[] csv) {
  }
}
