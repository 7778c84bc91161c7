package com.synergycouncil.reporting;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.TestCouncil.SKT_CEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.reporting.internal.SnapshotJson;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The compliance page, the downloads and the REST list: who may see them, and what each download records. */
@ProcessTest
class ImpactReportWebTests {

  static final Quarter QUARTER = new Quarter(2023, 4);

  @Autowired MockMvc mvc;
  @Autowired TestCouncil council;
  @Autowired ImpactReports reports;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcClient jdbc;

  ImpactReport report;

  @BeforeEach
  void aReportExists() {
    council.seat();
    report = reports.find(QUARTER, null).orElseGet(() -> reports.generate(QUARTER, "test", null));
  }

  @Test
  void aComplianceOfficerDownloadsEachFormatAndEveryDownloadIsRecorded() throws Exception {
    long before = downloadsBy(COMPLIANCE);

    MvcResult pdf = mvc.perform(get("/reports/impact/2023/Q4.pdf").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.startsWith("attachment"),
            org.hamcrest.Matchers.containsString("impact-report-2023-Q4-v" + report.version() + ".pdf"))))
        .andExpect(header().string("X-Content-SHA256", report.pdfSha256()))
        .andReturn();
    assertThat(SnapshotJson.sha256(pdf.getResponse().getContentAsByteArray())).isEqualTo(report.pdfSha256());
    mvc.perform(get("/reports/impact/2023/Q4.xlsx").param("version", String.valueOf(report.version()))
            .with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    MvcResult csv = mvc.perform(get("/reports/impact/2023/Q4.csv").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk()).andReturn();
    assertThat(csv.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);

    assertThat(downloadsBy(COMPLIANCE)).isEqualTo(before + 3);
    assertThat(jdbc.sql("""
            select format from report_download where report_id = ? and downloaded_by = ? order by id desc
            fetch first 3 rows only""").params(report.id(), COMPLIANCE).query(String.class).list())
        .containsExactly("CSV", "XLSX", "PDF");
  }

  @Test
  void aMissingQuarterOrVersionIsNotFound() throws Exception {
    mvc.perform(get("/reports/impact/2002/Q1.pdf").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/reports/impact/2023/Q4.pdf").param("version", "999").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isNotFound());
  }

  @Test
  void fundManagersAndExecutivesAreRefusedAndAnonymousCallersMustLogIn() throws Exception {
    for (String user : new String[] {FUND_MANAGER, SKT_CEO}) {
      mvc.perform(get("/reports/impact/2023/Q4.pdf").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
      mvc.perform(get("/api/reports/impact").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
      mvc.perform(get("/compliance/reports").with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
      mvc.perform(post("/compliance/reports").param("year", "2023").param("quarter", "4").with(csrf())
          .with(httpBasic(user, PASSWORD))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/reports/impact")).andExpect(status().isUnauthorized());
    mvc.perform(get("/reports/impact/2023/Q4.pdf")).andExpect(status().isUnauthorized());
    assertThat(jdbc.sql("select count(*) from report_download where downloaded_by in (?, ?)")
        .params(FUND_MANAGER, SKT_CEO).query(Long.class).single()).isZero();
  }

  @Test
  void theRestListShowsVersionsWithChecksumsAndLinks() throws Exception {
    mvc.perform(get("/api/reports/impact").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.label == '2023 Q4' && @.version == %d)].pdfSha256", report.version())
            .value(report.pdfSha256()))
        .andExpect(jsonPath("$[?(@.label == '2023 Q4' && @.version == %d)].links.pdf", report.version())
            .value("/reports/impact/2023/Q4.pdf?version=" + report.version()));
  }

  @Test
  void theCompliancePageListsVersionsAndAsksForAReportWithItsCsrfToken() throws Exception {
    String page = mvc.perform(get("/compliance/reports").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Quarterly social-impact reports", "2023 Q4", report.pdfSha256(),
        "/reports/impact/2023/Q4.pdf?version=" + report.version(), "name=\"_csrf\"");

    mvc.perform(post("/compliance/reports").param("year", "2023").param("quarter", "3")
            .with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(post("/compliance/reports").param("year", "2023").param("quarter", "3").with(csrf())
            .with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(redirectedUrl("/compliance/reports"))
        .andExpect(flash().attribute("requested", "2023 Q3"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IR-2023-Q3").count())
        .isGreaterThanOrEqualTo(1);

    mvc.perform(post("/compliance/reports").param("year", "2099").param("quarter", "1").with(csrf())
            .with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(flash().attribute("refused", org.hamcrest.Matchers.containsString("has not begun")));
    council.runDueJobs();
  }

  private long downloadsBy(String user) {
    return jdbc.sql("select count(*) from report_download where downloaded_by = ?").param(user)
        .query(Long.class).single();
  }
}
