package com.synergycouncil.publication.internal;

import com.synergycouncil.publication.AiOutputRequest;
import com.synergycouncil.publication.AiOutputStatus;
import com.synergycouncil.publication.AiOutputView.DatasetView;
import com.synergycouncil.publication.DocumentSection;
import com.synergycouncil.publication.PublicationRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The registry tables: outputs, their datasets and documentation sections, and the publication terms. */
@Repository
public class AiOutputs {

  private final JdbcClient jdbc;

  AiOutputs(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String reference, AiOutputRequest request, String registeredBy, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into ai_output (reference, name, kind, modality, version, contributing_partners, ai_rnd_council,
              summary, status, registered_by, registered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?)""")
        .params(reference, request.name(), request.kind().name(), request.modality().name(), request.version(),
            String.join(",", request.contributingPartners()), request.aiRndCouncil(), request.summary(), registeredBy,
            Timestamp.from(at))
        .update(key, "id");
    long id = key.getKey().longValue();
    replaceContents(id, request);
    return id;
  }

  /** Replaces what an AI lead may change while the output is not under review or released. */
  public void update(long id, AiOutputRequest request) {
    jdbc.sql("""
            update ai_output set name = ?, kind = ?, modality = ?, version = ?, contributing_partners = ?,
              ai_rnd_council = ?, summary = ? where id = ?""")
        .params(request.name(), request.kind().name(), request.modality().name(), request.version(),
            String.join(",", request.contributingPartners()), request.aiRndCouncil(), request.summary(), id)
        .update();
    replaceContents(id, request);
  }

  private void replaceContents(long id, AiOutputRequest request) {
    jdbc.sql("delete from ai_dataset where output_id = ?").param(id).update();
    jdbc.sql("delete from ai_document_section where output_id = ?").param(id).update();
    for (AiOutputRequest.Dataset dataset : request.datasets()) {
      jdbc.sql("""
              insert into ai_dataset (output_id, name, licence, personal_data, legal_basis, evidence)
              values (?, ?, ?, ?, ?, ?)""")
          .params(id, dataset.name(), dataset.licence(), dataset.personalData(),
              dataset.legalBasis() == null ? null : dataset.legalBasis().name(), dataset.evidence())
          .update();
    }
    request.sections().forEach((section, body) -> jdbc.sql(
            "insert into ai_document_section (output_id, document, section, body) values (?, ?, ?, ?)")
        .params(id, section.document().name(), section.name(), body).update());
  }

  public void requestPublication(long id, PublicationRequest request, String requestedBy) {
    jdbc.sql("update ai_output set audience = ?, licence = ?, release_type = ?, requested_by = ?, resolution_number = null where id = ?")
        .params(request.audience().name(), request.licence().spdx(), request.releaseType().name(), requestedBy, id)
        .update();
  }

  public Optional<OutputRow> findByReference(String reference) {
    return jdbc.sql("select * from ai_output where reference = ?").param(reference).query(AiOutputs::toRow).optional();
  }

  public OutputRow get(long id) {
    return jdbc.sql("select * from ai_output where id = ?").param(id).query(AiOutputs::toRow).single();
  }

  public List<DatasetView> datasets(long id) {
    return jdbc.sql("select * from ai_dataset where output_id = ? order by id").param(id)
        .query((rs, row) -> new DatasetView(rs.getString("name"), rs.getString("licence"),
            rs.getBoolean("personal_data"), rs.getString("legal_basis"), rs.getString("evidence")))
        .list();
  }

  public Map<DocumentSection, String> sections(long id) {
    Map<DocumentSection, String> sections = new EnumMap<>(DocumentSection.class);
    jdbc.sql("select section, body from ai_document_section where output_id = ?").param(id)
        .query((rs, row) -> Map.entry(DocumentSection.valueOf(rs.getString("section")), rs.getString("body")))
        .list().forEach(entry -> sections.put(entry.getKey(), entry.getValue()));
    return sections;
  }

  public void recordResolution(long id, String resolutionNumber) {
    jdbc.sql("update ai_output set resolution_number = ? where id = ?").params(resolutionNumber, id).update();
  }

  public void markPublished(long id, Instant at, boolean openToEveryone) {
    jdbc.sql("update ai_output set published_at = ?, opened_at = ? where id = ?")
        .params(Timestamp.from(at), openToEveryone ? Timestamp.from(at) : null, id).update();
  }

  public void markOpened(long id, Instant at) {
    jdbc.sql("update ai_output set opened_at = ? where id = ?").params(Timestamp.from(at), id).update();
  }

  /** The registry row; publication terms are null until a publication is requested. */
  public record OutputRow(long id, String reference, String name, String kind, String modality, String version,
      List<String> contributingPartners, boolean aiRndCouncil, String summary, AiOutputStatus status,
      String statusReason, String audience, String licence, String releaseType, String requestedBy,
      String resolutionNumber, Instant publishedAt, Instant openedAt) {
  }

  private static OutputRow toRow(ResultSet rs, int row) throws SQLException {
    return new OutputRow(rs.getLong("id"), rs.getString("reference"), rs.getString("name"), rs.getString("kind"),
        rs.getString("modality"), rs.getString("version"), List.of(rs.getString("contributing_partners").split(",")),
        rs.getBoolean("ai_rnd_council"), rs.getString("summary"), AiOutputStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"), rs.getString("audience"), rs.getString("licence"),
        rs.getString("release_type"), rs.getString("requested_by"), rs.getString("resolution_number"),
        instant(rs, "published_at"), instant(rs, "opened_at"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
