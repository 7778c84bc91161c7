package com.synergycouncil.patents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The claimant partner's notice that it considers asserting a patent against the other partner: opens mediation
 * (the no-dispute pledge). What the API takes and what the start form reads into.
 */
public record DisputeNotice(@NotBlank @Pattern(regexp = "SKT|KAKAO") String claimantPartner,
    @NotBlank @Pattern(regexp = "SKT|KAKAO") String respondentPartner,
    @NotBlank @Size(max = 40) String patentNumber, @NotBlank @Size(min = 10, max = 4000) String grievance) {
}
