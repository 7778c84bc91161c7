package com.synergycouncil.patents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An IP officer's report that a licensee sued a partner (defensive termination): what the API takes and what the
 * start form reads into.
 */
public record LawsuitReport(@NotBlank @Size(max = 200) String licensee,
    @NotBlank @Pattern(regexp = "SKT|KAKAO") String suedPartner,
    @NotBlank @Size(max = 200) String caseReference, @NotBlank @Size(min = 10, max = 4000) String description) {
}
