package com.synergycouncil.publication;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A researcher's request for access to a gated output. */
public record AccessRequestInput(
    @NotBlank @Size(max = 100) String researcher,
    @NotBlank @Size(max = 200) String institution,
    @NotBlank @Email @Size(max = 200) String email,
    @NotBlank @Size(min = 20, max = 2000) String purpose) {
}
