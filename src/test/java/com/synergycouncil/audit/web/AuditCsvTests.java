package com.synergycouncil.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTests {

  @Test
  void quotesEveryCellAndDoublesQuotes() {
    assertThat(AuditCsv.cell("a \"quoted\", word")).isEqualTo("\"a \"\"quoted\"\", word\"");
    assertThat(AuditCsv.cell("두 줄\n/ two lines")).isEqualTo("\"두 줄\n/ two lines\"");
    assertThat(AuditCsv.cell(null)).isEqualTo("\"\"");
  }

  @Test
  void keepsASpreadsheetFromReadingACellAsAFormula() {
    assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    assertThat(AuditCsv.cell("+82 2")).isEqualTo("\"'+82 2\"");
    assertThat(AuditCsv.cell("-1")).isEqualTo("\"'-1\"");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(AuditCsv.cell("→ AWARDED")).isEqualTo("\"→ AWARDED\"");
  }

  @Test
  void startsWithAByteOrderMarkAndKeepsKorean() {
    byte[] csv = AuditCsv.write(List.of(new AuditRow("2026-11-26 09:00:00.000", "skt-cto", "이서연 Lee Seoyeon", "SKT",
        "투표 / Vote", "CouncilDecisionProcess", "FA-2026-0001", "찬성 / APPROVE")));
    assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\"FA-2026-0001\",\"찬성 / APPROVE\"\r\n").contains("\"이서연 Lee Seoyeon\"");
  }
}
