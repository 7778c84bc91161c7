package com.synergycouncil.patents;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.patents.PatentScenario.IP_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The portfolio API: CSV import all or nothing with problems by line and column, search, release requests. */
@ProcessTest
class PatentApiTests {

  @Autowired MockMvc mvc;
  @Autowired TestCouncil council;
  @Autowired TaskService taskService;
  @Autowired PatentPortfolio portfolio;
  @Autowired PatentReleaseService releases;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seat() {
    new PatentScenario(council, taskService, portfolio, releases);
  }

  @Test
  void importsAGoodFileAndFindsItsPatentsByPartnerFieldAndText() throws Exception {
    PatentLine ai = PatentLine.of("KAKAO").field("AI").coOwners("ETRI").licences("Startup A|NON_EXCLUSIVE|chatbots");
    importCsv(PatentLine.file(List.of(ai, PatentLine.of("KAKAO")))).andExpect(status().isCreated())
        .andExpect(jsonPath("$.imported").value(2));

    mvc.perform(get("/api/patents").param("partner", "KAKAO").param("field", "AI").param("q", ai.number)
            .with(httpBasic(IP_OFFICER, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].title").value("테스트 특허, \"quoted\" / Test patent"))
        .andExpect(jsonPath("$[0].coOwners[0]").value("ETRI"))
        .andExpect(jsonPath("$[0].licences[0].licensee").value("Startup A"))
        .andExpect(jsonPath("$[0].licences[0].exclusive").value(false));
  }

  @Test
  void refusesABadFileNamingLineAndColumnAndImportsNothingOfIt() throws Exception {
    PatentLine good = PatentLine.of("SKT");
    PatentLine badDate = PatentLine.of("SKT");
    String csv = PatentLine.file(List.of(good, badDate, PatentLine.of("LG").field("CHEMISTRY")))
        .replace(badDate.expiry.toString(), "2031-13-45");

    importCsv(csv).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("line 3, column expiry_date")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("line 4, column partner_code")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("line 4, column technology_field")));

    assertThat(count(good.number)).isZero();
  }

  @Test
  void refusesAFileWithAWrongHeaderOrANumberAlreadyHeld() throws Exception {
    importCsv("number,title\nKR-1,x\n").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("line 1"));

    PatentLine held = PatentLine.of("SKT");
    importCsv(PatentLine.file(List.of(held))).andExpect(status().isCreated());
    PatentLine fresh = PatentLine.of("SKT");
    importCsv(PatentLine.file(List.of(fresh, held))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("line 3, column patent_number"));
    assertThat(count(fresh.number)).isZero();
  }

  @Test
  void theTemplateInTheRepositoryImports() throws Exception {
    String template = Files.readString(Path.of("docs", "patents-template.csv"));
    String unique = "-" + System.nanoTime();
    importCsv(template.replace("KR-10-2020-0001234", "KR-10-2020-0001234" + unique)
        .replace("US-11223344", "US-11223344" + unique)).andExpect(status().isCreated());
  }

  @Test
  void refusesARequestForUnknownPatentsOrWithoutAUsePlanAndOnlyIpOfficersSubmit() throws Exception {
    String body = """
        {"kind": "TRANSFER", "recipientName": "새싹 / Saessak", "patentNumbers": ["KR-NOPE-1"]}""";
    mvc.perform(post("/api/patents/releases").with(httpBasic(IP_OFFICER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("usePlan")))
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("patentNumbers")));
    mvc.perform(post("/api/patents/releases").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.ResultActions importCsv(String csv) throws Exception {
    return mvc.perform(post("/api/patents/import").with(httpBasic(IP_OFFICER, PASSWORD))
        .contentType("text/csv").content(csv));
  }

  private long count(String number) {
    return jdbc.sql("select count(*) from patent where patent_number = ?").param(number).query(Long.class).single();
  }
}
