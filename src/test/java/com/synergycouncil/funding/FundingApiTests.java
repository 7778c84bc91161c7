package com.synergycouncil.funding;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ProcessTest
class FundingApiTests {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired TestCouncil council;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void submitsAnApplicationAndStartsItsApproval() throws Exception {
    String body = json.writeValueAsString(Applications.twoTranches(120_000_000L));

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/funding/applications/FA-")))
        .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("FA-\\d{4}-\\d{4}")))
        .andExpect(jsonPath("$.status").value("IN_DUE_DILIGENCE"))
        .andExpect(jsonPath("$.history[0].status").value("SUBMITTED"))
        .andExpect(jsonPath("$.history[0].changedBy").value(FUND_MANAGER));
  }

  @Test
  void refusesBadInputNamingEveryFieldAndWritesNothing() throws Exception {
    ObjectNode body = json.valueToTree(Applications.twoTranches(120_000_000L));
    body.put("businessRegistrationNumber", "123-45-67890");
    body.put("companyName", " ");
    ((ObjectNode) body.get("contact")).put("email", "not-an-email");
    ((ObjectNode) body.get("tranches").get(1)).put("amountWon", -5);
    long before = applications();

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("businessRegistrationNumber")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("companyName")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("contact.email")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("tranches[1].amountWon")))
        .andExpect(jsonPath("$.detail", containsString("businessRegistrationNumber")));
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void refusesTranchesThatDoNotAddUpToTheRequest() throws Exception {
    ObjectNode body = json.valueToTree(Applications.twoTranches(120_000_000L));
    body.put("requestedAmountWon", 130_000_000L);
    long before = applications();

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tranches"))
        .andExpect(jsonPath("$.errors[0].message", containsString("120,000,000")));
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void namesTheFieldOfAnUnknownCategory() throws Exception {
    ObjectNode body = json.valueToTree(Applications.twoTranches(120_000_000L));
    body.put("esgCategory", "GAMBLING");

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("esgCategory"));
  }

  @Test
  void aRetriedSubmissionWithTheSameIdempotencyKeyCreatesNothingTwice() throws Exception {
    String body = json.writeValueAsString(Applications.twoTranches(110_000_000L));
    String first = mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .header("Idempotency-Key", "retry-test-1").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long after = applications();

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .header("Idempotency-Key", "retry-test-1").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.reference").value(json.readTree(first).get("reference").asText()));
    assertThat(applications()).isEqualTo(after);
  }

  @Test
  void refusesAnIdempotencyKeyReusedForADifferentApplication() throws Exception {
    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .header("Idempotency-Key", "reuse-test-1").contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Applications.twoTranches(110_000_000L))))
        .andExpect(status().isCreated());
    long after = applications();

    mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .header("Idempotency-Key", "reuse-test-1").contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Applications.twoTranches(220_000_000L))))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(applications()).isEqualTo(after);
  }

  @Test
  void needsALogin() throws Exception {
    mvc.perform(get("/api/funding/fund"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    // a user no other test logs in as: Camunda delays the next login after a wrong password
    mvc.perform(get("/api/funding/fund").with(httpBasic(TestCouncil.KAKAO_CEO2, "wrong-password")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void complianceReadsButCannotSubmit() throws Exception {
    mvc.perform(get("/api/funding/fund").with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.partners[*].partnerCode", hasItem("SKT")))
        .andExpect(jsonPath("$.committedWon").isNumber());
    mvc.perform(post("/api/funding/applications").with(httpBasic(COMPLIANCE, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Applications.twoTranches(110_000_000L))))
        .andExpect(status().isForbidden());
  }

  @Test
  void reportsAnUnknownApplicationAsNotFound() throws Exception {
    mvc.perform(get("/api/funding/applications/FA-1999-9999").with(httpBasic(FUND_MANAGER, PASSWORD)))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesToWithdrawAnApplicationThatHasEnded() throws Exception {
    String created = mvc.perform(post("/api/funding/applications").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(
                Applications.request(120_000_000L, 5_000, EsgCategory.CIRCULAR_ECONOMY, Applications.newRegistrationNumber()))))
        .andExpect(jsonPath("$.status").value("INELIGIBLE"))
        .andReturn().getResponse().getContentAsString();
    String reference = json.readTree(created).get("reference").asText();

    mvc.perform(post("/api/funding/applications/" + reference + "/withdrawal").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"no longer needed\"}"))
        .andExpect(status().isConflict());
  }

  private long applications() {
    return jdbc.sql("select count(*) from funding_application").query(Long.class).single();
  }
}
