package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.ImpactReport;
import com.synergycouncil.reporting.Quarter;
import com.synergycouncil.reporting.ReportFormat;
import com.synergycouncil.reporting.ReportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The impact_report and report_download tables. Versions are only ever added; the only changes to a row are the
 * signature and a review note, and only while it is GENERATED (a trigger refuses any change to a SIGNED row).
 */
@Repository
public class ImpactReportStore {

  private static final String COLUMNS = """
      r.id, r.report_year, r.report_quarter, r.version, r.status, r.pdf_sha256, r.xlsx_sha256, r.csv_sha256,
      r.snapshot_sha256, r.evidence_chain_head, r.generated_at, r.generated_by, r.signed_at, r.signed_by,
      r.review_comment, r.process_instance_id,
      (select count(*) from report_download d where d.report_id = r.id) downloads""";

  private final JdbcClient jdbc;

  ImpactReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int nextVersion(Quarter quarter) {
    return jdbc.sql("select coalesce(max(version), 0) + 1 from impact_report where report_year = ? and report_quarter = ?")
        .params(quarter.year(), quarter.quarter()).query(Integer.class).single();
  }

  public long insert(NewReport report) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into impact_report (report_year, report_quarter, version, status, pdf, xlsx, csv, pdf_sha256,
              xlsx_sha256, csv_sha256, snapshot_json, snapshot_sha256, evidence_chain_head, generated_at, generated_by,
              process_instance_id)
            values (?, ?, ?, 'GENERATED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(report.quarter().year(), report.quarter().quarter(), report.version(), report.pdf(), report.xlsx(),
            report.csv(), SnapshotJson.sha256(report.pdf()), SnapshotJson.sha256(report.xlsx()),
            SnapshotJson.sha256(report.csv()), report.snapshotJson(), SnapshotJson.sha256(report.snapshotJson()),
            report.evidenceChainHead(), utc(report.generatedAt()), report.generatedBy(), report.processInstanceId())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<ImpactReport> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from impact_report r where r.id = ?").param(id)
        .query(ImpactReportStore::toReport).optional();
  }

  /** A version of a quarter; without a version the newest signed one, or the newest when none is signed. */
  public Optional<ImpactReport> find(Quarter quarter, Integer version) {
    String which = version != null ? "and r.version = ?"
        : "order by case when r.status = 'SIGNED' then 0 else 1 end, r.version desc";
    var statement = jdbc.sql("select " + COLUMNS + " from impact_report r where r.report_year = ? and r.report_quarter = ? "
        + which + (version != null ? "" : " fetch first 1 rows only"));
    var bound = version != null ? statement.params(quarter.year(), quarter.quarter(), version)
        : statement.params(quarter.year(), quarter.quarter());
    return bound.query(ImpactReportStore::toReport).optional();
  }

  /** Every version of every quarter, newest quarter and version first. */
  public List<ImpactReport> list() {
    return jdbc.sql("select " + COLUMNS
            + " from impact_report r order by r.report_year desc, r.report_quarter desc, r.version desc")
        .query(ImpactReportStore::toReport).list();
  }

  public byte[] content(long id, ReportFormat format) {
    String column = switch (format) {
      case PDF -> "pdf";
      case XLSX -> "xlsx";
      case CSV -> "csv";
    };
    return jdbc.sql("select " + column + " from impact_report where id = ?").param(id).query(byte[].class).single();
  }

  public String snapshotJson(long id) {
    return jdbc.sql("select snapshot_json from impact_report where id = ?").param(id).query(String.class).single();
  }

  /** Signs a GENERATED report; false when it was not GENERATED any more (nothing changed then). */
  public boolean sign(long id, String signedBy, Instant at, String comment) {
    return jdbc.sql("""
            update impact_report set status = 'SIGNED', signed_by = ?, signed_at = ?, review_comment = ?
            where id = ? and status = 'GENERATED'""")
        .params(signedBy, utc(at), comment, id).update() == 1;
  }

  /** Notes why a GENERATED report is to be generated again; false when it is signed. */
  public boolean noteReview(long id, String comment) {
    return jdbc.sql("update impact_report set review_comment = ? where id = ? and status = 'GENERATED'")
        .params(comment, id).update() == 1;
  }

  public void recordDownload(long reportId, ReportFormat format, String user, Instant at) {
    jdbc.sql("insert into report_download (report_id, format, downloaded_by, downloaded_at) values (?, ?, ?, ?)")
        .params(reportId, format.name(), user, utc(at)).update();
  }

  public List<Download> downloads(long reportId) {
    return jdbc.sql("select format, downloaded_by, downloaded_at from report_download where report_id = ? order by id")
        .param(reportId)
        .query((rs, row) -> new Download(ReportFormat.valueOf(rs.getString(1)), rs.getString(2),
            rs.getObject(3, OffsetDateTime.class).toInstant()))
        .list();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static ImpactReport toReport(ResultSet rs, int row) throws SQLException {
    OffsetDateTime signedAt = rs.getObject("signed_at", OffsetDateTime.class);
    return new ImpactReport(rs.getLong("id"), new Quarter(rs.getInt("report_year"), rs.getInt("report_quarter")),
        rs.getInt("version"), ReportStatus.valueOf(rs.getString("status")), rs.getString("pdf_sha256"),
        rs.getString("xlsx_sha256"), rs.getString("csv_sha256"), rs.getString("snapshot_sha256"),
        rs.getString("evidence_chain_head"), rs.getObject("generated_at", OffsetDateTime.class).toInstant(),
        rs.getString("generated_by"), signedAt == null ? null : signedAt.toInstant(), rs.getString("signed_by"),
        rs.getString("review_comment"), rs.getString("process_instance_id"), rs.getLong("downloads"));
  }

  /** A rendered version about to be stored. */
  public record NewReport(Quarter quarter, int version, byte[] pdf, byte[] xlsx, byte[] csv, String snapshotJson,
      String evidenceChainHead, Instant generatedAt, String generatedBy, String processInstanceId) {
  }

  /** One download of a report. */
  public record Download(ReportFormat format, String downloadedBy, Instant downloadedAt) {
  }
}
