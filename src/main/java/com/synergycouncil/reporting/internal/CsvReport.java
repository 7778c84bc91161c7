package com.synergycouncil.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV download: UTF-8 with a byte-order mark (so Excel opens the Korean correctly), comma-separated, CRLF line
 * ends, fields quoted when they hold a comma, quote or line break (RFC 4180).
 */
public final class CsvReport {

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvReport() {
  }

  public static byte[] write(List<FlatRow> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, FlatRow.HEADER);
    for (FlatRow row : rows) {
      List<String> fields = new ArrayList<>();
      fields.add(row.section());
      fields.add(row.code());
      fields.add(row.itemKo());
      fields.add(row.itemEn());
      fields.add(row.value() == null ? null : plain(row.value()));
      fields.add(row.unit());
      fields.add(row.detail());
      line(csv, fields);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(escape(fields.get(i)));
    }
    csv.append("\r\n");
  }

  private static String escape(String field) {
    if (field == null) {
      return "";
    }
    // a leading =, +, - or @ would make a spreadsheet evaluate the cell as a formula
    boolean formula = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !NUMBER.matcher(field).matches();
    String safe = formula ? "'" + field : field;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
