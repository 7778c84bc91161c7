package com.synergycouncil.publication;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The vocabularies of the registry and of a publication request. */
public final class Terms {

  public enum Kind { MODEL, DATASET }

  public enum Modality { TEXT, VOICE, IMAGE, MULTIMODAL }

  public enum Audience { ACADEMIA, STARTUPS, PUBLIC }

  public enum ReleaseType { OPEN, GATED, STAGED }

  /** How personal data in a dataset may be used under PIPA. */
  public enum LegalBasis { CONSENT, PSEUDONYMISED, LEGITIMATE_INTEREST }

  /** The licences an output may be released under, written as in SPDX. */
  public enum OutputLicence {
    @JsonProperty("Apache-2.0") APACHE_2_0("Apache-2.0"),
    @JsonProperty("CC-BY-4.0") CC_BY_4_0("CC-BY-4.0"),
    @JsonProperty("OpenRAIL-M") OPENRAIL_M("OpenRAIL-M");

    private final String spdx;

    OutputLicence(String spdx) {
      this.spdx = spdx;
    }

    public String spdx() {
      return spdx;
    }

    public static OutputLicence ofSpdx(String spdx) {
      for (OutputLicence licence : values()) {
        if (licence.spdx.equals(spdx)) {
          return licence;
        }
      }
      throw new IllegalArgumentException("unknown output licence " + spdx);
    }
  }

  private Terms() {
  }
}
