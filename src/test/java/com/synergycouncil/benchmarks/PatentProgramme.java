package com.synergycouncil.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner's opening programme as its IP officer would import it (the portfolio CSV template,
 * docs/patents-template.csv): SK Telecom patents of every field, most releasable, a few co-owned with research
 * institutes (their consent is needed, Patent Act Art. 99), and a few that fail the release passport for each reason
 * (expiring within a year, fees overdue, lapsed, pledged, under an exclusive licence). Deterministic for a size.
 */
final class PatentProgramme {

  static final String HEADER = "partner_code,patent_number,title,jurisdiction,family_id,filing_date,grant_date,"
      + "expiry_date,legal_status,fee_status,co_owners,licences,pledged_to,standard_essential,technology_field,"
      + "strategic_value,in_pool";
  static final String ETRI = "한국전자통신연구원 ETRI";
  static final String KAIST = "KAIST";
  private static final String[] FIELDS = {"AI", "PLATFORM", "MEDIA", "TELECOM", "OTHER"};

  final List<String> numbers = new ArrayList<>();
  final String csv;
  /** Patents that pass the passport once the co-owners consent. */
  final int releasable;
  final int coOwned;

  /** {@code size} patents numbered {@code KR-10-<series>-NNNNNNN}. */
  PatentProgramme(String series, int size, LocalDate today) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    int releasable = 0;
    int coOwned = 0;
    for (int i = 0; i < size; i++) {
      String number = "KR-10-%s-%07d".formatted(series, i);
      numbers.add(number);
      LocalDate filed = LocalDate.of(2005 + i % 15, 1 + i % 12, 1 + i % 28);
      LocalDate expires = i % 50 == 1 ? today.plusMonths(6) : today.plusYears(2 + i % 17).withDayOfMonth(1);
      String legal = i % 150 == 3 ? "LAPSED" : "GRANTED";
      String fee = i % 120 == 2 ? "OVERDUE" : "PAID";
      String pledged = i % 300 == 4 ? "KDB산업은행 / Korea Development Bank" : "";
      String licences = i % 200 == 5 ? "Acme Mobile|EXCLUSIVE|mobile handsets"
          : i % 10 == 6 ? "새싹로봇 / Saessak Robotics|NON_EXCLUSIVE|warehouse robots" : "";
      String coOwners = i % 97 == 8 ? ETRI + ";" + KAIST : i % 40 == 7 ? ETRI : "";
      boolean passes = i % 50 != 1 && i % 150 != 3 && i % 120 != 2 && i % 300 != 4 && i % 200 != 5;
      releasable += passes ? 1 : 0;
      coOwned += coOwners.isEmpty() ? 0 : 1;
      csv.append(String.join(",", "SKT", number,
          "\"%s 분야 특허 %d, \"\"개방\"\" / %s patent %d\"".formatted(FIELDS[i % 5], i, FIELDS[i % 5], i), "KR",
          "FAM-" + series + "-" + i / 3, filed.toString(), filed.plusYears(2).toString(), expires.toString(), legal,
          fee, coOwners, licences.isEmpty() ? "" : "\"" + licences + "\"", pledged, String.valueOf(i % 25 == 0),
          FIELDS[i % 5], String.valueOf(i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3), "false")).append("\r\n");
    }
    this.csv = csv.toString();
    this.releasable = releasable;
    this.coOwned = coOwned;
  }

  int size() {
    return numbers.size();
  }
}
