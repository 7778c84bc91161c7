package com.synergycouncil.patents.internal;

import com.synergycouncil.system.CsvRecords;
import com.synergycouncil.system.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the portfolio CSV template (UTF-8, header row, RFC 4180 quoting). Every problem is reported by line and
 * column; a file with any problem yields no rows at all.
 */
final class PatentCsv {

  static final List<String> COLUMNS = List.of("partner_code", "patent_number", "title", "jurisdiction", "family_id",
      "filing_date", "grant_date", "expiry_date", "legal_status", "fee_status", "co_owners", "licences",
      "pledged_to", "standard_essential", "technology_field", "strategic_value", "in_pool");
  static final Set<String> PARTNERS = Set.of("SKT", "KAKAO");
  static final Set<String> LEGAL_STATUSES = Set.of("PENDING", "GRANTED", "LAPSED", "EXPIRED", "REVOKED");
  static final Set<String> FEE_STATUSES = Set.of("PAID", "DUE", "OVERDUE");
  static final Set<String> FIELDS = Set.of("AI", "PLATFORM", "MEDIA", "TELECOM", "OTHER");
  static final Set<String> POOL_FIELDS = Set.of("AI", "PLATFORM", "MEDIA");

  /** A parsed licence of the {@code licences} column: {@code licensee|EXCLUSIVE|field of use}. */
  record LicenceRow(String licensee, boolean exclusive, String fieldOfUse) {
  }

  /** One valid row. */
  record Row(int line, String partnerCode, String number, String title, String jurisdiction, String familyId,
      LocalDate filingDate, LocalDate grantDate, LocalDate expiryDate, String legalStatus, String feeStatus,
      List<String> coOwners, List<LicenceRow> licences, String pledgedTo, boolean standardEssential,
      String technologyField, int strategicValue, boolean inPool) {
  }

  /** The rows of a file, or its problems (never both). */
  record Parsed(List<Row> rows, List<FieldProblem> problems) {
  }

  private PatentCsv() {
  }

  static Parsed parse(String content) {
    List<FieldProblem> problems = new ArrayList<>();
    List<List<String>> records = CsvRecords.split(content.startsWith("\uFEFF") ? content.substring(1) : content);
    if (records.isEmpty() || !records.get(0).stream().map(String::trim).toList().equals(COLUMNS)) {
      return new Parsed(List.of(), List.of(new FieldProblem("line 1", "header must be " + String.join(",", COLUMNS))));
    }
    List<Row> rows = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      Line line = new Line(i + 1, cells, problems);
      if (cells.size() != COLUMNS.size()) {
        problems.add(new FieldProblem("line " + (i + 1), "has " + cells.size() + " columns, expected " + COLUMNS.size()));
        continue;
      }
      Row row = line.row();
      if (row != null && !numbers.add(row.number())) {
        problems.add(new FieldProblem(line.where("patent_number"), "appears twice in the file"));
      }
      rows.add(row);
    }
    return problems.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), problems);
  }

  /** Reads one line's cells, adding a problem per bad cell. */
  private record Line(int number, List<String> cells, List<FieldProblem> problems) {

    Row row() {
      String partner = oneOf("partner_code", PARTNERS);
      String patentNumber = required("patent_number", 40);
      String title = required("title", 500);
      String jurisdiction = required("jurisdiction", 8);
      String family = optional("family_id", 40);
      LocalDate filed = date("filing_date", true);
      LocalDate granted = date("grant_date", false);
      LocalDate expires = date("expiry_date", true);
      if (filed != null && expires != null && !expires.isAfter(filed)) {
        problems.add(new FieldProblem(where("expiry_date"), "must be after filing_date"));
      }
      String legal = oneOf("legal_status", LEGAL_STATUSES);
      String fee = oneOf("fee_status", FEE_STATUSES);
      List<String> coOwners = list("co_owners").stream().distinct().toList();
      List<LicenceRow> licences = list("licences").stream().map(this::licence).toList();
      String pledged = optional("pledged_to", 200);
      boolean sep = bool("standard_essential");
      String field = oneOf("technology_field", FIELDS);
      int strategic = integer("strategic_value", 1, 5);
      boolean pool = bool("in_pool");
      if (pool && field != null && !POOL_FIELDS.contains(field)) {
        problems.add(new FieldProblem(where("in_pool"), "only AI, PLATFORM or MEDIA patents join the pool"));
      }
      return new Row(number, partner, patentNumber, title, jurisdiction, family, filed, granted, expires, legal, fee,
          coOwners, licences, pledged, sep, field, strategic, pool);
    }

    String where(String column) {
      return "line " + number + ", column " + column;
    }

    private String cell(String column) {
      String value = cells.get(COLUMNS.indexOf(column)).trim();
      return value.isEmpty() ? null : value;
    }

    private String required(String column, int max) {
      String value = cell(column);
      if (value == null) {
        problems.add(new FieldProblem(where(column), "is required"));
      } else if (value.length() > max) {
        problems.add(new FieldProblem(where(column), "at most " + max + " characters"));
      }
      return value;
    }

    private String optional(String column, int max) {
      String value = cell(column);
      if (value != null && value.length() > max) {
        problems.add(new FieldProblem(where(column), "at most " + max + " characters"));
      }
      return value;
    }

    private String oneOf(String column, Set<String> allowed) {
      String value = cell(column);
      if (value == null || !allowed.contains(value)) {
        problems.add(new FieldProblem(where(column), "must be one of " + String.join(", ", allowed.stream().sorted().toList())));
        return null;
      }
      return value;
    }

    private LocalDate date(String column, boolean required) {
      String value = cell(column);
      if (value == null) {
        if (required) {
          problems.add(new FieldProblem(where(column), "is required"));
        }
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(new FieldProblem(where(column), "must be a date YYYY-MM-DD"));
        return null;
      }
    }

    private boolean bool(String column) {
      String value = cell(column);
      if (value == null || value.equalsIgnoreCase("false")) {
        return false;
      }
      if (!value.equalsIgnoreCase("true")) {
        problems.add(new FieldProblem(where(column), "must be true or false"));
      }
      return value.equalsIgnoreCase("true");
    }

    private int integer(String column, int min, int max) {
      String value = cell(column);
      try {
        int parsed = Integer.parseInt(value == null ? "" : value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(new FieldProblem(where(column), "must be a whole number from " + min + " to " + max));
      return min;
    }

    private List<String> list(String column) {
      String value = cell(column);
      return value == null ? List.of()
          : java.util.Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private LicenceRow licence(String entry) {
      String[] parts = entry.split("\\|", -1);
      if (parts.length != 3 || parts[0].isBlank()
          || !(parts[1].trim().equals("EXCLUSIVE") || parts[1].trim().equals("NON_EXCLUSIVE"))) {
        problems.add(new FieldProblem(where("licences"),
            "each licence must read licensee|EXCLUSIVE or NON_EXCLUSIVE|field of use"));
        return new LicenceRow(entry, false, null);
      }
      return new LicenceRow(parts[0].trim(), parts[1].trim().equals("EXCLUSIVE"),
          parts[2].isBlank() ? null : parts[2].trim());
    }
  }
}
