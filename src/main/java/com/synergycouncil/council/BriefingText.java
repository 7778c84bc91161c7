package com.synergycouncil.council;

/**
 * Plain text for a briefing, one fact a line: {@code 라벨 / Label: value}, with lists indented under a heading.
 * A value's own line breaks are kept, indented, so a typed text can never pass for another line of the briefing.
 */
public final class BriefingText {

  private final StringBuilder text = new StringBuilder();

  /** {@code label: value}; nothing when the value is null or blank. */
  public BriefingText line(String label, Object value) {
    if (value == null || value.toString().isBlank()) {
      return this;
    }
    return append(label + ": " + value.toString().strip());
  }

  /** A heading for the items that follow. */
  public BriefingText heading(String label) {
    return append(label + ":");
  }

  /** An item under the last heading. */
  public BriefingText item(String value) {
    return append("  - " + (value == null ? "-" : value.strip()));
  }

  /** A further line of the last item, e.g. a comment. */
  public BriefingText detail(String label, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    return append("    " + label + ": " + value.strip());
  }

  private BriefingText append(String line) {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    text.append(line.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n      "));
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
