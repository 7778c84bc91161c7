package com.synergycouncil.audit.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit trail as CSV (RFC 4180): UTF-8 with a byte-order mark, so Excel shows Korean; every cell quoted; a cell
 * that a spreadsheet would read as a formula ({@code = + - @}, tab, CR) is prefixed with an apostrophe.
 */
final class AuditCsv {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private AuditCsv() {
  }

  static byte[] write(List<AuditRow> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, AuditRow.HEADERS);
    rows.forEach(row -> line(csv, row.cells()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
