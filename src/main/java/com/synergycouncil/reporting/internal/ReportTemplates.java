package com.synergycouncil.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

/**
 * The JRXML templates in {@code reports/} (on the classpath as {@code reports/...}), each compiled once, at first
 * use, and kept: filling a report never compiles again.
 */
@Component
public class ReportTemplates {

  public static final String MAIN = "ImpactReport";
  public static final String FIGURES = "ImpactReportFigures";
  public static final String CAPITAL = "ImpactReportCapital";
  public static final String IMPACT = "ImpactReportImpact";
  public static final String REJECTIONS = "ImpactReportRejections";
  public static final String RESOLUTIONS = "ImpactReportResolutions";
  public static final String DATA = "ImpactReportData";

  /** Every template the product ships. */
  public static final List<String> ALL = List.of(MAIN, FIGURES, CAPITAL, IMPACT, REJECTIONS, RESOLUTIONS, DATA);

  private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

  public JasperReport get(String name) {
    return compiled.computeIfAbsent(name, ReportTemplates::compile);
  }

  private static JasperReport compile(String name) {
    String resource = "reports/" + name + ".jrxml";
    try (InputStream jrxml = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (jrxml == null) {
        throw new IllegalStateException("no template " + resource + " on the classpath");
      }
      return JasperCompileManager.compileReport(jrxml);
    } catch (JRException e) {
      throw new IllegalStateException("template " + resource + " does not compile: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
