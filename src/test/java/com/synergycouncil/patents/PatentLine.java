package com.synergycouncil.patents;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** One row of the portfolio CSV template, valid and releasable unless a test changes it. */
final class PatentLine {

  static final String HEADER = "partner_code,patent_number,title,jurisdiction,family_id,filing_date,grant_date,"
      + "expiry_date,legal_status,fee_status,co_owners,licences,pledged_to,standard_essential,technology_field,"
      + "strategic_value,in_pool";
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  String partner = "SKT";
  String number = "KR-T" + SEQUENCE.incrementAndGet();
  String title = "테스트 특허, \"quoted\" / Test patent";
  String legal = "GRANTED";
  String fee = "PAID";
  LocalDate expiry = LocalDate.now().plusYears(5);
  String coOwners = "";
  String licences = "";
  String pledged = "";
  boolean sep;
  String field = "OTHER";
  int strategic = 1;

  static PatentLine of(String partner) {
    PatentLine line = new PatentLine();
    line.partner = partner;
    return line;
  }

  PatentLine field(String value) {
    field = value;
    return this;
  }

  PatentLine strategic(int value) {
    strategic = value;
    return this;
  }

  PatentLine standardEssential() {
    sep = true;
    return this;
  }

  PatentLine legal(String value) {
    legal = value;
    return this;
  }

  PatentLine fee(String value) {
    fee = value;
    return this;
  }

  PatentLine expiresIn(int months) {
    expiry = LocalDate.now().plusMonths(months);
    return this;
  }

  PatentLine coOwners(String value) {
    coOwners = value;
    return this;
  }

  PatentLine licences(String value) {
    licences = value;
    return this;
  }

  PatentLine pledgedTo(String value) {
    pledged = value;
    return this;
  }

  String csv() {
    return String.join(",", partner, number, "\"" + title.replace("\"", "\"\"") + "\"", "KR", "FAM-" + number,
        "2015-03-02", "2017-06-01", expiry.toString(), legal, fee, coOwners, licences, pledged, String.valueOf(sep),
        field, String.valueOf(strategic), "false");
  }

  static String file(List<PatentLine> lines) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    lines.forEach(line -> csv.append(line.csv()).append("\r\n"));
    return csv.toString();
  }
}
