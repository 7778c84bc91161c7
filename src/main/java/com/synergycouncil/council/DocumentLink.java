package com.synergycouncil.council;

import java.util.regex.Pattern;

/**
 * A link to one of a subject's documents, opened with the voter's own login: a page of the product (never
 * {@code /api}, which takes HTTP Basic only). The label is the product's own words and the path is built from
 * references the product issued, so both are checked here: the vote form renders links as Markdown, and no typed
 * text may ever reach it.
 */
public record DocumentLink(String labelKo, String labelEn, String path) {

  /** A same-site path of plain characters: no scheme, no query, nothing Markdown or HTML would read. */
  static final Pattern PATH = Pattern.compile("^/(?!/)[A-Za-z0-9._/-]{1,200}$");
  /** Words, digits, spaces and a little punctuation: nothing Markdown or HTML would read. */
  static final Pattern LABEL = Pattern.compile("^[\\p{IsHangul}A-Za-z0-9 ,.·-]{1,80}$");

  public DocumentLink {
    if (labelKo == null || !LABEL.matcher(labelKo).matches() || labelEn == null || !LABEL.matcher(labelEn).matches()) {
      throw new IllegalArgumentException("a document link's labels must be plain words: " + labelKo + " / " + labelEn);
    }
    if (path == null || !PATH.matcher(path).matches() || path.startsWith("/api/") || path.contains("..")) {
      throw new IllegalArgumentException("a document link must be a plain path of the product's pages: " + path);
    }
  }

  /** {@code [특허 공개 여권 / Release passport](/patents/releases/PR-2026-0001)} */
  public String markdown() {
    return "[" + labelKo + " / " + labelEn + "](" + path + ")";
  }
}
