package com.synergycouncil.publication;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An AI output as the API shows it: registry data, documentation, publication state and its history. */
public record AiOutputView(String reference, String name, String kind, String modality, String version,
    List<String> contributingPartners, boolean aiRndCouncil, String summary, AiOutputStatus status,
    String statusReason, String audience, String licence, String releaseType, String requestedBy,
    String resolutionNumber, Instant publishedAt, Instant openedAt, List<DatasetView> datasets,
    Map<DocumentSection, String> documentation, List<StatusChange> history, List<Review> reviews) {

  public record DatasetView(String name, String licence, boolean personalData, String legalBasis, String evidence) {
  }

  public record StatusChange(AiOutputStatus status, String reason, String changedBy, Instant changedAt) {
  }

  public record Review(int round, String area, String decision, String comment, String reviewer,
      Instant reviewedAt) {
  }

  public boolean isReleased() {
    return status == AiOutputStatus.PUBLISHED || status == AiOutputStatus.GATED || status == AiOutputStatus.STAGED;
  }
}
