package com.synergycouncil.publication.internal;

import com.synergycouncil.publication.AiOutputView;
import com.synergycouncil.publication.AiOutputView.DatasetView;
import com.synergycouncil.publication.DocumentSection;
import com.synergycouncil.publication.DocumentSection.Document;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model card and the datasheet as Markdown. Everything a person typed is escaped: HTML special characters
 * become entities and Markdown punctuation is backslash-escaped, so nothing injected renders as HTML, a link or
 * markup.
 */
public final class MarkdownDocuments {

  private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!|~]");

  private MarkdownDocuments() {
  }

  public static String modelCard(AiOutputView output) {
    return document(output, Document.MODEL_CARD, "모델 카드 / Model card");
  }

  public static String datasheet(AiOutputView output) {
    StringBuilder md = new StringBuilder(document(output, Document.DATASHEET, "데이터시트 / Datasheet"));
    md.append("\n## 데이터셋 / Datasets\n\n| 이름 / Name | 라이선스 / Licence | 개인정보 / Personal data | 법적 근거 / Legal basis |\n|---|---|---|---|\n");
    for (DatasetView dataset : output.datasets()) {
      md.append("| ").append(escape(dataset.name())).append(" | ").append(escape(dataset.licence())).append(" | ")
          .append(dataset.personalData() ? "예 / yes" : "아니요 / no").append(" | ")
          .append(dataset.legalBasis() == null ? "" : escape(dataset.legalBasis())).append(" |\n");
    }
    return md.toString();
  }

  private static String document(AiOutputView output, Document document, String title) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title).append(": ").append(escape(output.name())).append(' ')
        .append(escape(output.version())).append("\n\n");
    md.append("- 번호 / Reference: ").append(escape(output.reference())).append('\n');
    md.append("- 라이선스 / Licence: ").append(output.licence() == null ? "" : escape(output.licence())).append('\n');
    md.append("- 공개 방식 / Release: ").append(output.releaseType() == null ? "" : escape(output.releaseType()))
        .append('\n');
    md.append("- 기여 파트너 / Contributing partners: ").append(escape(String.join(", ", output.contributingPartners())))
        .append("\n\n").append(escape(output.summary())).append("\n\n");
    for (DocumentSection section : DocumentSection.of(document)) {
      String body = output.documentation().get(section);
      md.append("## ").append(section.title()).append("\n\n")
          .append(body == null || body.isBlank() ? "_(비어 있음 / empty)_" : escape(body)).append("\n\n");
    }
    return md.toString();
  }

  /** Neutralises HTML and Markdown in user-provided text; line breaks are kept. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String html = text.replace("\r", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
    return MARKDOWN_PUNCTUATION.matcher(html).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
  }
}
