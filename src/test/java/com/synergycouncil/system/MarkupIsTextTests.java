package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.COMPLIANCE;
import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.funding.EsgCategory;
import com.synergycouncil.funding.FundingApplicationRequest;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.ImpactMetric;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Input that holds HTML or script is stored as text and shown escaped on the product's pages. */
@ProcessTest
class MarkupIsTextTests {

  static final String HOSTILE = "<script>alert('council')</script><img src=x onerror=alert(1)> Evil Co";

  @Autowired TestCouncil council;
  @Autowired FundingApplicationService applications;
  @Autowired MockMvc mvc;

  @Test
  void aScriptInACompanyNameIsStoredVerbatimAndShownEscapedInTheAuditTimeline() throws Exception {
    council.seat();
    FundingApplicationRequest request = new FundingApplicationRequest(HOSTILE, "138-81-52962",
        EsgCategory.OTHER, "<b>bold</b> description", 50_000_000L, 10,
        new FundingApplicationRequest.Contact("<i>name</i>", "x@test.example", null),
        List.of(new FundingApplicationRequest.TranchePlan(50_000_000L, "<u>milestone</u>", null)),
        List.of(new FundingApplicationRequest.ImpactGoal(ImpactMetric.JOBS_CREATED, BigDecimal.ONE)));
    String ref = council.as(FUND_MANAGER, () -> applications.submit(request, FUND_MANAGER, null).reference());

    assertThat(applications.view(ref).companyName()).isEqualTo(HOSTILE);
    String page = mvc.perform(get("/compliance/audit/requests/" + ref).with(httpBasic(COMPLIANCE, PASSWORD)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("&lt;script&gt;alert(&#39;council&#39;)&lt;/script&gt;")
        .doesNotContain("<script>alert").doesNotContain("<img src=x");
  }
}
