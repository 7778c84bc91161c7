package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.Patent;
import com.synergycouncil.patents.PatentSearch;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portfolio table and its co-owners and licences; bulk writes go in JDBC batches. */
@Repository
public class Patents {

  static final int CHUNK = 900;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  Patents(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Which of these numbers are already in the portfolio. */
  List<String> existing(List<String> numbers) {
    List<String> found = new ArrayList<>();
    for (List<String> chunk : chunks(numbers)) {
      found.addAll(jdbc.sql("select patent_number from patent where patent_number in (:numbers)")
          .param("numbers", chunk).query(String.class).list());
    }
    return found;
  }

  /** Patent ids by number, for the numbers that exist. */
  public Map<String, Long> ids(List<String> numbers) {
    Map<String, Long> ids = new HashMap<>();
    for (List<String> chunk : chunks(numbers)) {
      jdbc.sql("select id, patent_number from patent where patent_number in (:numbers)").param("numbers", chunk)
          .query((rs, n) -> ids.put(rs.getString("patent_number"), rs.getLong("id"))).list();
    }
    return ids;
  }

  void insertAll(List<PatentCsv.Row> rows, Instant now) {
    template.batchUpdate("""
        insert into patent (partner_code, patent_number, title, jurisdiction, family_id, filing_date, grant_date,
          expiry_date, legal_status, fee_status, standard_essential, technology_field, strategic_value, pledged_to,
          in_pool, pooled_at, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500,
        (ps, row) -> {
          ps.setString(1, row.partnerCode());
          ps.setString(2, row.number());
          ps.setString(3, row.title());
          ps.setString(4, row.jurisdiction());
          ps.setString(5, row.familyId());
          ps.setDate(6, Date.valueOf(row.filingDate()));
          ps.setDate(7, row.grantDate() == null ? null : Date.valueOf(row.grantDate()));
          ps.setDate(8, Date.valueOf(row.expiryDate()));
          ps.setString(9, row.legalStatus());
          ps.setString(10, row.feeStatus());
          ps.setBoolean(11, row.standardEssential());
          ps.setString(12, row.technologyField());
          ps.setInt(13, row.strategicValue());
          ps.setString(14, row.pledgedTo());
          ps.setBoolean(15, row.inPool());
          ps.setTimestamp(16, row.inPool() ? Timestamp.from(now) : null);
          ps.setTimestamp(17, Timestamp.from(now));
        });
    Map<String, Long> ids = ids(rows.stream().map(PatentCsv.Row::number).toList());
    List<Object[]> coOwners = new ArrayList<>();
    List<Object[]> licences = new ArrayList<>();
    for (PatentCsv.Row row : rows) {
      long id = ids.get(row.number());
      row.coOwners().forEach(owner -> coOwners.add(new Object[] {id, owner}));
      row.licences().forEach(licence -> licences.add(new Object[] {id, licence.licensee(), licence.exclusive(),
          licence.fieldOfUse(), Timestamp.from(now)}));
    }
    template.batchUpdate("insert into patent_co_owner (patent_id, organisation) values (?, ?)", coOwners);
    template.batchUpdate("""
        insert into patent_licence (patent_id, licensee, kind, exclusive, field_of_use, status, granted_at)
        values (?, ?, 'LICENCE', ?, ?, 'ACTIVE', ?)""", licences);
  }

  public List<Patent> search(PatentSearch search) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (search.partnerCode() != null) {
      where.append(" and p.partner_code = :partner");
      params.put("partner", search.partnerCode());
    }
    if (search.technologyField() != null) {
      where.append(" and p.technology_field = :field");
      params.put("field", search.technologyField());
    }
    if (search.legalStatus() != null) {
      where.append(" and p.legal_status = :status");
      params.put("status", search.legalStatus());
    }
    if (search.inPool() != null) {
      where.append(" and p.in_pool = :pool");
      params.put("pool", search.inPool());
    }
    if (search.text() != null && !search.text().isBlank()) {
      where.append(" and (lower(p.title) like :text or lower(p.patent_number) like :text)");
      params.put("text", "%" + search.text().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    params.put("limit", search.size());
    params.put("offset", (long) search.page() * search.size());
    List<PatentRow> rows = jdbc.sql("select p.* from patent p" + where
        + " order by p.partner_code, p.patent_number limit :limit offset :offset")
        .params(params).query(PatentRow::of).list();
    return withDetails(rows);
  }

  private List<Patent> withDetails(List<PatentRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(PatentRow::id).toList();
    Map<Long, List<String>> owners = new HashMap<>();
    jdbc.sql("select patent_id, organisation from patent_co_owner where patent_id in (:ids) order by organisation")
        .param("ids", ids).query((rs, n) -> owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
            .add(rs.getString(2))).list();
    Map<Long, List<Patent.Licence>> licences = new HashMap<>();
    jdbc.sql("""
        select l.*, r.reference from patent_licence l left join release_request r on r.id = l.source_request_id
        where l.patent_id in (:ids) order by l.id""").param("ids", ids)
        .query((rs, n) -> licences.computeIfAbsent(rs.getLong("patent_id"), k -> new ArrayList<>())
            .add(new Patent.Licence(rs.getString("licensee"), rs.getString("kind"), rs.getBoolean("exclusive"),
                rs.getString("field_of_use"), rs.getBoolean("royalty_free"), rs.getBoolean("defensive_termination"),
                rs.getBoolean("frand"), rs.getString("status"), rs.getString("reference")))).list();
    return rows.stream().map(row -> row.toPatent(owners.getOrDefault(row.id(), List.of()),
        licences.getOrDefault(row.id(), List.of()))).toList();
  }

  static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      chunks.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
    }
    return chunks;
  }
}
