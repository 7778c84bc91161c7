package com.synergycouncil.reporting;

import com.synergycouncil.reporting.internal.ImpactReportDataCollector;
import com.synergycouncil.reporting.internal.ImpactReportRenderer;
import com.synergycouncil.reporting.internal.ImpactReportSnapshot;
import com.synergycouncil.reporting.internal.ImpactReportStore;
import com.synergycouncil.reporting.internal.SnapshotJson;
import com.synergycouncil.system.ApiProblemException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import com.synergycouncil.audit.AuditEventKind;
import com.synergycouncil.audit.AuditLog;
import com.synergycouncil.audit.EvidenceChain;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly impact reports: generates a new version of a quarter (never replacing one), signs a version (which
 * freezes it), lists them and hands out their files, recording every download.
 */
@Service
public class ImpactReports {

  /** The actor of what the engine did by itself (a timer's report). */
  static final String SYSTEM = "engine";

  private final ImpactReportDataCollector collector;
  private final ImpactReportRenderer renderer;
  private final ImpactReportStore store;
  private final AuditLog auditLog;
  private final EvidenceChain evidenceChain;

  ImpactReports(ImpactReportDataCollector collector, ImpactReportRenderer renderer, ImpactReportStore store,
      AuditLog auditLog, EvidenceChain evidenceChain) {
    this.collector = collector;
    this.renderer = renderer;
    this.store = store;
    this.auditLog = auditLog;
    this.evidenceChain = evidenceChain;
  }

  /** How the audit trail and the evidence chain name a version: {@code IR-2026-Q4 v2}. */
  static String auditRef(ImpactReport report) {
    return "IR-%d-Q%d v%d".formatted(report.quarter().year(), report.quarter().quarter(), report.version());
  }

  /** Reads the quarter's figures, renders PDF, XLSX and CSV and stores them as the quarter's next version. */
  @Transactional
  public ImpactReport generate(Quarter quarter, String generatedBy, String processInstanceId) {
    int version = store.nextVersion(quarter);
    String head = evidenceChain.headHash();
    ImpactReportSnapshot snapshot = collector.collect(quarter, version, ClockUtil.now().toInstant(), generatedBy, head);
    ImpactReportRenderer.RenderedReport files = renderer.render(snapshot);
    long id = store.insert(new ImpactReportStore.NewReport(quarter, version, files.pdf(), files.xlsx(), files.csv(),
        SnapshotJson.write(snapshot), head, snapshot.generatedAt(), generatedBy, processInstanceId));
    ImpactReport report = store.find(id).orElseThrow();
    auditLog.record(AuditEventKind.REPORT_GENERATED, generatedBy == null ? SYSTEM : generatedBy, auditRef(report),
        "PDF SHA-256 " + report.pdfSha256() + "; evidence-chain head " + head);
    return report;
  }

  /** Signs a version off: from now on it is frozen. A signed report cannot be signed, replaced or changed again. */
  @Transactional
  public ImpactReport sign(long id, String signedBy, String comment) {
    ImpactReport report = store.find(id).orElseThrow(() -> notFound("No impact report " + id + "."));
    if (report.signed() || !store.sign(id, signedBy, ClockUtil.now().toInstant(), comment)) {
      throw frozen(report);
    }
    // the signed PDF joins the tamper-evidence chain in the same transaction as the signature
    String entry = evidenceChain.appendSignedReport(auditRef(report), report.pdfSha256());
    auditLog.record(AuditEventKind.REPORT_SIGNED, signedBy == null ? SYSTEM : signedBy, auditRef(report),
        "PDF SHA-256 " + report.pdfSha256() + "; chain entry " + entry);
    return store.find(id).orElseThrow();
  }

  /** Notes on an unsigned version why the compliance officer asked for it to be generated again. */
  @Transactional
  public void noteRegeneration(long id, String comment) {
    ImpactReport report = store.find(id).orElseThrow(() -> notFound("No impact report " + id + "."));
    if (report.signed() || !store.noteReview(id, comment)) {
      throw frozen(report);
    }
  }

  @Transactional(readOnly = true)
  public List<ImpactReport> list() {
    return store.list();
  }

  @Transactional(readOnly = true)
  public Optional<ImpactReport> find(long id) {
    return store.find(id);
  }

  /** A version of a quarter; without a version the newest signed one, or the newest when none is signed yet. */
  @Transactional(readOnly = true)
  public Optional<ImpactReport> find(Quarter quarter, Integer version) {
    return store.find(quarter, version);
  }

  /** The stored file of a version, exactly as generated; the download is recorded (who, when, which version). */
  @Transactional
  public ReportFile download(Quarter quarter, Integer version, ReportFormat format, String user) {
    ImpactReport report = store.find(quarter, version).orElseThrow(() -> notFound("No impact report for "
        + quarter.label() + (version == null ? "" : " version " + version) + "."));
    store.recordDownload(report.id(), format, user, ClockUtil.now().toInstant());
    auditLog.record(AuditEventKind.REPORT_DOWNLOADED, user, auditRef(report), format.name());
    return new ReportFile(report, format, store.content(report.id(), format));
  }

  /** The data snapshot a version was rendered from, as stored (canonical JSON). */
  @Transactional(readOnly = true)
  public String snapshot(long id) {
    return store.snapshotJson(id);
  }

  private static ReportFrozenException frozen(ImpactReport report) {
    return new ReportFrozenException("Impact report " + report.quarter().label() + " version " + report.version()
        + " is signed and frozen; generate the quarter again to make a new version.");
  }

  private static ApiProblemException notFound(String detail) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, detail);
  }
}
