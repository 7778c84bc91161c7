package com.synergycouncil.audit.internal;

/** Korean and English words for votes and outcomes, as the trail prints them. */
final class VoteLabels {

  private VoteLabels() {
  }

  static String vote(String vote) {
    return switch (vote == null ? "" : vote) {
      case "APPROVE" -> "찬성 / APPROVE";
      case "REJECT" -> "반대 / REJECT";
      case "ABSTAIN" -> "기권 / ABSTAIN";
      default -> String.valueOf(vote);
    };
  }

  static String outcome(String outcome) {
    return switch (outcome) {
      case "PASSED" -> "가결 / PASSED";
      case "VETOED" -> "거부권 행사 / VETOED";
      case "NOT_PASSED" -> "부결 / NOT PASSED";
      default -> outcome;
    };
  }
}
