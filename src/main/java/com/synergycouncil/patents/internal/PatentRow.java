package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.Patent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** A row of the patent table. */
record PatentRow(long id, String partnerCode, String number, String title, String jurisdiction, String familyId,
    LocalDate filingDate, LocalDate grantDate, LocalDate expiryDate, String legalStatus, String feeStatus,
    boolean standardEssential, String technologyField, int strategicValue, String pledgedTo, boolean inPool) {

  static PatentRow of(ResultSet rs, int row) throws SQLException {
    return new PatentRow(rs.getLong("id"), rs.getString("partner_code"), rs.getString("patent_number"),
        rs.getString("title"), rs.getString("jurisdiction"), rs.getString("family_id"),
        rs.getObject("filing_date", LocalDate.class), rs.getObject("grant_date", LocalDate.class),
        rs.getObject("expiry_date", LocalDate.class), rs.getString("legal_status"), rs.getString("fee_status"),
        rs.getBoolean("standard_essential"), rs.getString("technology_field"), rs.getInt("strategic_value"),
        rs.getString("pledged_to"), rs.getBoolean("in_pool"));
  }

  Patent toPatent(List<String> coOwners, List<Patent.Licence> licences) {
    return new Patent(partnerCode, number, title, jurisdiction, familyId, filingDate, grantDate, expiryDate,
        legalStatus, feeStatus, standardEssential, technologyField, strategicValue, pledgedTo, inPool, coOwners,
        licences);
  }
}
