package com.synergycouncil.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synergycouncil.SynergyCouncilApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile there is no default administrator password. */
class AdministratorPasswordTests {

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    // command-line arguments, not default properties: they must win over application.yml
    assertThatThrownBy(() -> new SpringApplicationBuilder(SynergyCouncilApplication.class)
        .run("--spring.datasource.url=jdbc:h2:mem:no-password", "--council.security.admin-password=",
            "--server.port=0", "--camunda.bpm.job-execution.enabled=false").close())
        .hasStackTraceContaining("COUNCIL_ADMIN_PASSWORD");
  }
}
