package com.synergycouncil.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV text into records of cells (quoted cells may hold commas, quotes and line breaks; records end
 * with LF or CRLF). Used to import the patent portfolio and, in tests, to read the audit export back.
 */
public final class CsvRecords {

  private CsvRecords() {
  }

  public static List<List<String>> split(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        records.add(cells);
        cells = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      records.add(cells);
    }
    return records;
  }
}
