package com.synergycouncil.audit;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Only compliance officers and administrators see the trail and the integrity check; each look is recorded. */
@ProcessTest
class AuditAccessTests {

  static final String ADMIN_PASSWORD = "test-admin-password-0001";

  @Autowired MockMvc mvc;
  @Autowired TestCouncil council;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/compliance/audit", "/compliance/audit.csv", "/compliance/audit/requests/FA-2026-9999",
      "/compliance/integrity", "/api/audit/chain/verification"})
  void complianceAndAdministratorsAreLetIn(String path) throws Exception {
    mvc.perform(get(path).with(httpBasic(COMPLIANCE, PASSWORD))).andExpect(status().isOk());
    mvc.perform(get(path).with(httpBasic("admin", ADMIN_PASSWORD))).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/compliance/audit", "/compliance/audit.csv", "/compliance/audit/requests/FA-2026-9999",
      "/compliance/integrity", "/api/audit/chain/verification"})
  void fundManagersAndExecutivesAreRefused(String path) throws Exception {
    long before = auditEvents();
    mvc.perform(get(path).with(httpBasic(FUND_MANAGER, PASSWORD))).andExpect(status().isForbidden());
    mvc.perform(get(path).with(httpBasic(SKT_CEO, PASSWORD))).andExpect(status().isForbidden());
    assertThat(auditEvents()).as("a refused look records nothing and shows nothing").isEqualTo(before);
  }

  @Test
  void anonymousClientsMustLogIn() throws Exception {
    mvc.perform(get("/api/audit/chain/verification")).andExpect(status().isUnauthorized());
    mvc.perform(get("/compliance/audit.csv")).andExpect(status().isUnauthorized());
    mvc.perform(get("/compliance/audit").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound()).andExpect(redirectedUrl("/camunda/app/welcome/default/#!/login"));
  }

  @Test
  void viewingAndExportingAreRecorded() throws Exception {
    mvc.perform(get("/compliance/audit").param("person", FUND_MANAGER).with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk());
    mvc.perform(get("/compliance/audit.csv").param("request", "FA-2026-0042").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk());

    assertThat(latest("AUDIT_VIEWED")).isEqualTo(COMPLIANCE + " |  | filter: person=fund-manager; page 0");
    assertThat(latest("AUDIT_EXPORTED")).isEqualTo(COMPLIANCE + " | FA-2026-0042 | filter: request=FA-2026-0042");
  }

  @Test
  void aBadFilterIsRefusedWith400() throws Exception {
    mvc.perform(get("/compliance/audit").param("from", "2026-05-01").param("to", "2026-04-01")
        .with(httpBasic(COMPLIANCE, PASSWORD))).andExpect(status().isBadRequest());
    mvc.perform(get("/compliance/audit.csv").param("person", "x".repeat(65))
        .with(httpBasic(COMPLIANCE, PASSWORD))).andExpect(status().isBadRequest());
  }

  private long auditEvents() {
    return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
  }

  private String latest(String kind) {
    String row = jdbc.sql("""
            select actor || ' | ' || coalesce(subject_ref, '') || ' | ' || details from audit_event
            where kind = ? order by id desc fetch first 1 rows only""").param(kind).query(String.class).single();
    return row.replaceFirst("; \\d+ acts.*$", "");
  }
}
