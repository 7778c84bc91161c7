package com.synergycouncil.reporting.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every update and delete of a SIGNED impact report (PostgreSQL has a PL/pgSQL twin in
 * {@code db/migration/postgresql}). A GENERATED report may still be signed or annotated.
 */
public class SignedReportTrigger implements Trigger {

  private int statusColumn = -1;
  private int idColumn = -1;

  @Override
  public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
      int type) throws SQLException {
    try (ResultSet columns = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
      while (columns.next()) {
        String name = columns.getString("COLUMN_NAME");
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        if ("STATUS".equalsIgnoreCase(name)) {
          statusColumn = index;
        } else if ("ID".equalsIgnoreCase(name)) {
          idColumn = index;
        }
      }
    }
    if (statusColumn < 0) {
      throw new SQLException("table " + tableName + " has no status column");
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (oldRow != null && "SIGNED".equals(oldRow[statusColumn])) {
      throw new SQLException("impact report " + (idColumn < 0 ? "" : oldRow[idColumn] + " ")
          + "is signed and frozen: " + (newRow == null ? "DELETE" : "UPDATE") + " is not allowed", "42501");
    }
  }
}
