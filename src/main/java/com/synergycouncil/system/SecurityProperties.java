package com.synergycouncil.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator account. There is no default password: outside the demo profile the product refuses
 * to start until {@code COUNCIL_ADMIN_PASSWORD} (or {@code council.security.admin-password}) is given.
 */
@Validated
@ConfigurationProperties("council.security")
public record SecurityProperties(
    @NotBlank(message = "council.security.admin-user must name the administrator") String adminUser,
    @NotBlank(message = "set COUNCIL_ADMIN_PASSWORD (council.security.admin-password): "
        + "outside the demo profile there is no default administrator password") String adminPassword) {
}
