package com.synergycouncil.publication;

import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import jakarta.validation.constraints.NotNull;

/** A request to publish a registered output: to whom, under which licence, how. */
public record PublicationRequest(@NotNull Audience audience, @NotNull OutputLicence licence,
    @NotNull ReleaseType releaseType) {

  /** As the reviewers' forms show it, e.g. {@code CC-BY-4.0 · ACADEMIA · GATED}. */
  public String display() {
    return licence.spdx() + " · " + audience + " · " + releaseType;
  }
}
