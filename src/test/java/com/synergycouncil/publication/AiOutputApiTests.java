package com.synergycouncil.publication;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static com.synergycouncil.publication.PublicationFixture.AI_LEAD;
import static com.synergycouncil.publication.PublicationFixture.RESEARCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.publication.AiOutputRequest.ModelCard;
import com.synergycouncil.publication.Terms.ReleaseType;
import com.synergycouncil.reporting.ImpactFigure;
import com.synergycouncil.reporting.ImpactFigures;
import com.synergycouncil.reporting.Quarter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ProcessTest
class AiOutputApiTests {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired TestCouncil council;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired CouncilRoster roster;
  @Autowired AiOutputRegistry registry;
  @Autowired AiOutputPublications publications;
  @Autowired List<ImpactFigures> figures;

  PublicationFixture fixture;

  @BeforeEach
  void seat() {
    fixture = new PublicationFixture(council, identityService, taskService, roster, registry, publications).seat();
  }

  @Test
  void anAiLeadRegistersAnOutputAndRequestsItsPublication() throws Exception {
    String body = json.writeValueAsString(PublicationFixture.aiRndModel());
    String location = mvc.perform(post("/api/ai-outputs").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("AO-\\d{4}-\\d{4}")))
        .andExpect(jsonPath("$.status").value("REGISTERED"))
        .andExpect(jsonPath("$.contributingPartners[2]").value("SAMSUNG"))
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(post(location + "/publication").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"audience\":\"ACADEMIA\",\"licence\":\"OpenRAIL-M\",\"releaseType\":\"STAGED\"}"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("IN_REVIEW"))
        .andExpect(jsonPath("$.licence").value("OpenRAIL-M"));
  }

  @Test
  void refusesABadRegistrationNamingEveryFieldAndWritesNothing() throws Exception {
    long before = jdbc.sql("select count(*) from ai_output").query(Long.class).single();
    ObjectNode body = json.valueToTree(PublicationFixture.aiRndModel());
    body.put("name", " ");
    body.remove("kind");
    body.putArray("contributingPartners").add("skt");
    body.putArray("datasets");

    mvc.perform(post("/api/ai-outputs").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("contributingPartners[0]")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("datasets")));
    assertThat(jdbc.sql("select count(*) from ai_output").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void refusesAnUnknownPartnerAndAnUnknownLicence() throws Exception {
    ObjectNode body = json.valueToTree(PublicationFixture.aiRndModel());
    body.putArray("contributingPartners").add("SKT").add("NAVER");
    mvc.perform(post("/api/ai-outputs").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("contributingPartners[1]"));

    String ref = fixture.register(PublicationFixture.aiRndModel());
    mvc.perform(post("/api/ai-outputs/" + ref + "/publication").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"audience\":\"ACADEMIA\",\"licence\":\"GPL-3.0\",\"releaseType\":\"OPEN\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/ai-outputs/" + ref + "/publication").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"audience\":\"ACADEMIA\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("licence")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("releaseType")));
  }

  @Test
  void onlyAiLeadsRegisterOutputsAndOutsidersDoNotSeeUnreleasedOnes() throws Exception {
    mvc.perform(post("/api/ai-outputs").with(httpBasic(FUND_MANAGER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(PublicationFixture.aiRndModel())))
        .andExpect(status().isForbidden());
    String ref = fixture.register(PublicationFixture.aiRndModel());
    mvc.perform(get("/api/ai-outputs/" + ref).with(httpBasic(RESEARCHER, PASSWORD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/ai-outputs/" + ref).with(httpBasic(PublicationFixture.PRIVACY, PASSWORD)))
        .andExpect(status().isOk());
  }

  @Test
  void aResearcherRequestsAccessToAGatedOutputAndAnAiLeadDecides() throws Exception {
    String ref = fixture.released(ReleaseType.GATED);
    String request = json.writeValueAsString(Map.of("researcher", "Dr. Kim", "institution", "SNU",
        "email", "kim@snu.example", "purpose", "음성 인식 공정성 연구 / Fairness study of speech recognition"));

    String created = mvc.perform(post("/api/ai-outputs/" + ref + "/access-requests")
            .with(httpBasic(RESEARCHER, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(request))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING"))
        .andReturn().getResponse().getHeader("Location");

    mvc.perform(post(created + "/decision").with(httpBasic(RESEARCHER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"GRANT\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post(created + "/decision").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REFUSE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    mvc.perform(post(created + "/decision").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"GRANT\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("GRANTED"))
        .andExpect(jsonPath("$.decidedBy").value(AI_LEAD));
    mvc.perform(post(created + "/decision").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REFUSE\",\"note\":\"late\"}"))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/ai-outputs/" + ref).with(httpBasic(RESEARCHER, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("GATED"));
  }

  @Test
  void refusesABadAccessRequestNamingEveryFieldAndOneForAnUnreleasedOutput() throws Exception {
    String ref = fixture.register(PublicationFixture.aiRndModel());
    long before = jdbc.sql("select count(*) from ai_access_request").query(Long.class).single();
    mvc.perform(post("/api/ai-outputs/" + ref + "/access-requests").with(httpBasic(RESEARCHER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"researcher\":\"\",\"email\":\"not-an-email\",\"purpose\":\"short\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("researcher")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("institution")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("email")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("purpose")));
    mvc.perform(post("/api/ai-outputs/" + ref + "/access-requests").with(httpBasic(RESEARCHER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("researcher", "Dr. Kim",
                "institution", "SNU", "email", "kim@snu.example", "purpose", "A purpose long enough to count"))))
        .andExpect(status().isConflict());
    mvc.perform(post("/api/ai-outputs/AO-1999-0001/access-requests").with(httpBasic(RESEARCHER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("researcher", "Dr. Kim",
                "institution", "SNU", "email", "kim@snu.example", "purpose", "A purpose long enough to count"))))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("select count(*) from ai_access_request").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anIncidentCanOnlyBeReportedAgainstAStagedReleaseByAnAiLead() throws Exception {
    String ref = fixture.released(ReleaseType.GATED);
    mvc.perform(post("/api/ai-outputs/" + ref + "/incidents").with(httpBasic(RESEARCHER, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"misuse\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/ai-outputs/" + ref + "/incidents").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\" \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("description"));
    mvc.perform(post("/api/ai-outputs/" + ref + "/incidents").with(httpBasic(AI_LEAD, PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"description\":\"misuse\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void theModelCardAndDatasheetAreMarkdownWithNothingInjectedRendering() throws Exception {
    AiOutputRequest base = PublicationFixture.aiRndModel();
    AiOutputRequest hostile = new AiOutputRequest("<script>alert(1)</script> Model", base.kind(), base.modality(),
        base.version(), base.contributingPartners(), true, "**bold** [click](javascript:alert(1))", base.datasets(),
        new ModelCard("<img src=x onerror=alert(1)>", "# heading\n- item", "data", "eval", "risks"),
        base.datasheet());
    String ref = fixture.register(hostile);

    mvc.perform(get("/api/ai-outputs/" + ref + "/model-card.md").with(httpBasic(AI_LEAD, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", containsString("attachment")))
        .andExpect(content().string(containsString("# 모델 카드 / Model card: &lt;script&gt;alert\\(1\\)&lt;/script&gt; Model")))
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert\\(1\\)&gt;")))
        .andExpect(content().string(containsString("\\*\\*bold\\*\\* \\[click\\]\\(javascript:alert\\(1\\)\\)")))
        .andExpect(content().string(containsString("\\# heading\n\\- item")))
        .andExpect(content().string(not(containsString("<script"))))
        .andExpect(content().string(not(containsString("<img"))));
    mvc.perform(get("/api/ai-outputs/" + ref + "/datasheet.md").with(httpBasic(AI_LEAD, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("## 수집과 동의 / Collection and consent")))
        .andExpect(content().string(containsString("| Voice commands | PARTNER\\_OWNED | 예 / yes | PSEUDONYMISED |")));
  }

  @Test
  void reportsPublishedOutputsAndDecidedAccessRequestsInTheQuarter() {
    Quarter quarter = Quarter.containing(java.time.Instant.now());
    ImpactFigures section = figures.stream().filter(bean -> bean.section() == ImpactFigures.Section.AI_OUTPUTS)
        .findFirst().orElseThrow();
    Map<String, java.math.BigDecimal> before = values(section.figures(quarter));

    String ref = fixture.released(ReleaseType.GATED);
    AccessRequestInput input = new AccessRequestInput("Dr. Park", "KAIST", "park@kaist.example",
        "대화형 에이전트 평가 연구 / Evaluating dialogue agents");
    long granted = publications.requestAccess(ref, input, RESEARCHER).id();
    long refused = publications.requestAccess(ref, input, RESEARCHER).id();
    publications.requestAccess(ref, input, RESEARCHER);
    publications.decideAccess(ref, granted, new AccessDecision(AccessDecision.Choice.GRANT, null), AI_LEAD);
    publications.decideAccess(ref, refused, new AccessDecision(AccessDecision.Choice.REFUSE, "범위 밖 / Out of scope"), AI_LEAD);

    Map<String, java.math.BigDecimal> after = values(section.figures(quarter));
    assertThat(after.get("AI_OUTPUTS_PUBLISHED").subtract(before.get("AI_OUTPUTS_PUBLISHED"))).isEqualByComparingTo("1");
    assertThat(after.get("ACCESS_REQUESTS_GRANTED").subtract(before.get("ACCESS_REQUESTS_GRANTED"))).isEqualByComparingTo("1");
    assertThat(after.get("ACCESS_REQUESTS_REFUSED").subtract(before.get("ACCESS_REQUESTS_REFUSED"))).isEqualByComparingTo("1");
  }

  private static Map<String, java.math.BigDecimal> values(List<ImpactFigure> figures) {
    return figures.stream().collect(java.util.stream.Collectors.toMap(ImpactFigure::code, ImpactFigure::value));
  }
}
