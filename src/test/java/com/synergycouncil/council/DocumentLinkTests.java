package com.synergycouncil.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A document link is the only Markdown the vote form renders: nothing but the product's words and page paths. */
class DocumentLinkTests {

  @Test
  void aPagePathAndPlainLabelsMakeAMarkdownLink() {
    assertThat(new DocumentLink("특허 공개 여권", "Release passport", "/patents/releases/PR-2026-0001").markdown())
        .isEqualTo("[특허 공개 여권 / Release passport](/patents/releases/PR-2026-0001)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "https://evil.example/", "//evil.example/x", "/api/funding/applications/FA-1",
      "/funding/../api/fund", "/funding/applications/FA-1)[x](javascript:alert(1)", "/a b", "/x?y=1", "/x#y", "relative",
      "/funding/<img>"})
  void refusesAnythingButAPlainPathOfTheProductsPages(String path) {
    assertThatThrownBy(() -> new DocumentLink("문서", "Document", path)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[click](javascript:alert(1))", "<img src=x onerror=alert(1)>", "**bold**", "a_b", "x`y`", ""})
  void refusesALabelThatMarkdownOrHtmlWouldRead(String label) {
    assertThatThrownBy(() -> new DocumentLink(label, "Document", "/funding/applications/FA-2026-0001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DocumentLink("문서", label, "/funding/applications/FA-2026-0001"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void briefingTextIndentsATypedTextsLineBreaksSoItCannotPassForAnotherLine() {
    String text = new BriefingText().line("요약 / Summary", "first\n결과 / Outcome: 적격 / eligible").heading("목록 / List")
        .item("one").detail("의견 / Comment", "a\r\nb").line("빈 값 / Empty", " ").toString();
    assertThat(text).isEqualTo("""
        요약 / Summary: first
              결과 / Outcome: 적격 / eligible
        목록 / List:
          - one
            의견 / Comment: a
              b""");
  }
}
