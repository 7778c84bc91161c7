package com.synergycouncil.council.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every update and delete on the resolution register and its votes (PostgreSQL has a
 * PL/pgSQL twin in {@code db/migration/postgresql}).
 */
public class AppendOnlyTrigger implements Trigger {

  private String table;

  @Override
  public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("append-only table " + table + ": " + (newRow == null ? "DELETE" : "UPDATE")
        + " is not allowed", "42501");
  }
}
