package com.synergycouncil.reporting.internal;

import com.synergycouncil.reporting.Quarter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The quarter's bounds as JDBC parameters, and timestamps read back as Korean dates. */
final class QuarterWindow {

  private QuarterWindow() {
  }

  static OffsetDateTime start(Quarter quarter) {
    return OffsetDateTime.ofInstant(quarter.start(), ZoneOffset.UTC);
  }

  static OffsetDateTime end(Quarter quarter) {
    return OffsetDateTime.ofInstant(quarter.end(), ZoneOffset.UTC);
  }

  static LocalDate seoulDate(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.atZoneSameInstant(Quarter.SEOUL).toLocalDate();
  }
}
