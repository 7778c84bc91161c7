package com.synergycouncil.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.synergycouncil.ProcessTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;

/**
 * Malformed, oversized and hostile input at every write API: never a 500, a 4xx is always problem+json, and a
 * refused request writes nothing (every business table and the engine's runtime tables keep their row counts).
 * jqwik's generators run with a fixed seed inside the Spring test, so a failure names a sample that comes back.
 */
@ProcessTest
class HostileInputProperties {

  static final long SEED = 20_261_126L;
  static final int TRIES_PER_API = 40;
  static final String ADMIN_PASSWORD = "test-admin-password-0001";
  static final List<String> TABLES = List.of("funding_application", "fund_account", "fund_commitment",
      "funding_tranche", "funding_impact_goal", "funding_status_history", "funding_due_diligence",
      "funding_milestone_report", "patent", "patent_co_owner", "release_request", "release_request_patent",
      "release_co_owner_consent", "patent_licence", "patent_use_report", "patent_dispute", "patent_assertion",
      "release_request_status_history", "licence_suspension", "ai_output", "ai_dataset", "ai_document_section",
      "ai_output_status", "ai_review", "ai_access_request", "ai_incident", "council_decision", "council_vote_event",
      "resolution", "reference_counter", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_JOB", "ACT_RU_VARIABLE",
      "ACT_HI_PROCINST");
  static final String COUNTS = "select " + String.join(", ", TABLES.stream()
      .map(table -> "(select count(*) from " + table + ")").toList());
  static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml", "text/csv",
      "application/x-www-form-urlencoded", "multipart/form-data", "application/json; charset=ebcdic", "nonsense",
      "application/*");
  static final List<String> NASTY = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
      "'; drop table funding_application; --", "' or '1'='1", "${''.getClass().forName('java.lang.Runtime')}",
      "#{7*7}", "${7*7}", "{{7*7}}", "../../../../etc/passwd", "\u0000", "\u202e\u0007\u001b[31m", "\uffff\ufffe",
      "𝕳𝖔𝖘𝖙𝖎𝖑𝖊 😈", "NaN", "-0", "1e999", "null", "true", "SKT\nKAKAO", " ", "", "=cmd|' /C calc'!A0",
      "%00%2e%2e%2f", "\\u0000");

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper mapper;

  String patentNumber;
  String applicationRef;
  String outputRef;

  @BeforeEach
  void someRecordsToAimAt() {
    patentNumber = "KR-HOST-" + System.nanoTime();
    assertThat(post("/api/patents/import", "text/csv", csv(patentNumber)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    applicationRef = created("/api/funding/applications", application());
    outputRef = created("/api/ai-outputs", aiOutput());
  }

  @Test
  void fundingApplications() {
    attack("/api/funding/applications", json(application()));
  }

  @Test
  void withdrawals() {
    attack("withdrawal", references(applicationRef).map(ref -> "/api/funding/applications/" + ref + "/withdrawal"),
        json(body("{\"reason\": \"사업 계획 변경 / Change of plans\"}")));
  }

  @Test
  void patentReleases() {
    attack("/api/patents/releases", json(body("""
        {"kind": "TRANSFER", "recipientName": "새싹 / Saessak", "recipientBrn": "123-45-67890",
         "usePlan": "탄소 저감 장비에 적용 / Applied to carbon reduction equipment", "fieldOfUse": "AI",
         "patentNumbers": ["%s"]}""".formatted(patentNumber))));
  }

  @Test
  void patentImports() {
    Arbitrary<String> cells = Combinators.combine(Arbitraries.integers().between(0, 16), hostileStrings())
        .as((column, value) -> {
          String[] cellsOfLine = csv(patentNumber + "-" + column).split("\n")[1].split(",", -1);
          cellsOfLine[column] = value;
          return csv(patentNumber).split("\n")[0] + "\n" + String.join(",", cellsOfLine);
        });
    Arbitrary<String> lines = hostileStrings().list().ofMaxSize(20).map(list -> String.join("\n", list));
    Arbitrary<String> csv = Arbitraries.frequencyOf(Tuple.of(5, cells), Tuple.of(2, lines),
        Tuple.of(1, hostileStrings()));
    Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("text/csv")),
        Tuple.of(1, Arbitraries.of("application/json", "application/xml", "nonsense", "application/*", "multipart/form-data")));
    run("/api/patents/import", Combinators.combine(Arbitraries.just("/api/patents/import"), contentType, csv)
        .as(Request::new));
  }

  @Test
  void patentDisputes() {
    attack("/api/patents/disputes", json(body("""
        {"claimantPartner": "SKT", "respondentPartner": "KAKAO", "patentNumber": "%s",
         "grievance": "무단 실시 주장 / An assertion of unlicensed use"}""".formatted(patentNumber))));
  }

  @Test
  void lawsuits() {
    attack("/api/patents/licensees/lawsuits", json(body("""
        {"licensee": "소송 주식회사 / Litigious Ltd", "suedPartner": "KAKAO", "caseReference": "2026가합12345",
         "description": "특허 침해 소송 제기 / Filed a patent infringement suit"}""")));
  }

  @Test
  void aiOutputs() {
    attack("/api/ai-outputs", json(aiOutput()));
  }

  @Test
  void publicationRequests() {
    attack("publication", references(outputRef).map(ref -> "/api/ai-outputs/" + ref + "/publication"),
        json(body("{\"audience\": \"ACADEMIA\", \"licence\": \"CC-BY-4.0\", \"releaseType\": \"GATED\"}")));
  }

  @Test
  void accessRequests() {
    attack("access-requests", references(outputRef).map(ref -> "/api/ai-outputs/" + ref + "/access-requests"), json(body("""
        {"researcher": "김연구 / Kim Yeongu", "institution": "KAIST", "email": "kim@kaist.example",
         "purpose": "음성 모델의 편향 연구 / Research on bias in voice models"}""")));
  }

  // --- what is sent

  record Request(String path, String contentType, String body) {
    @Override
    public String toString() {
      String shown = body.length() > 300 ? body.substring(0, 300) + "... (" + body.length() + " chars)" : body;
      return "POST " + (path.length() > 200 ? path.substring(0, 200) + "..." : path) + " [" + contentType + "] "
          + shown;
    }
  }

  private void attack(String path, Arbitrary<String> jsonBodies) {
    attack(path, Arbitraries.just(path), jsonBodies);
  }

  private void attack(String label, Arbitrary<String> paths, Arbitrary<String> jsonBodies) {
    Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("application/json")),
        Tuple.of(1, Arbitraries.of(WRONG_CONTENT_TYPES)));
    run(label, Combinators.combine(paths, contentType, jsonBodies).as(Request::new));
  }

  private void run(String label, Arbitrary<Request> requests) {
    // jqwik's engine does not run inside a Spring test: a session lets its generators work here
    JqwikSession.start(Long.toString(SEED));
    try {
      RandomGenerator<Request> generator = requests.generator(1000, true);
      Random random = new Random(SEED ^ label.hashCode());
      for (int i = 0; i < TRIES_PER_API; i++) {
        check(i, generator.next(random).value());
      }
    } finally {
      JqwikSession.finish();
    }
  }

  private void check(int i, Request request) {
    String what = "sample #" + i + " (seed " + SEED + "): " + request;
    List<Long> before = counts();
    ResponseEntity<String> response = post(request.path(), request.contentType(), request.body());
    String body = String.valueOf(response.getBody());
    what += " -> " + response.getStatusCode() + " " + response.getHeaders().getContentType() + " "
        + body.substring(0, Math.min(300, body.length()));
    assertThat(response.getStatusCode().is5xxServerError()).as(what).isFalse();
    if (response.getStatusCode().is4xxClientError()) {
      assertThat(response.getHeaders().getContentType()).as(what).isNotNull()
          .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON), "problem+json");
      assertThat(counts()).as("rows after the refused " + what).isEqualTo(before);
    }
  }

  /** The valid body, one field replaced by a hostile value or removed; random JSON; malformed JSON. */
  private Arbitrary<String> json(ObjectNode valid) {
    List<JsonPointer> pointers = new ArrayList<>();
    collect(valid, JsonPointer.empty(), pointers);
    Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(pointers), hostileValues(),
            Arbitraries.integers().between(0, 7))
        .as((pointer, value, removal) -> replace(valid, pointer, removal == 0 ? null : value).toString());
    Arbitrary<String> shapes = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.maps(Arbitraries.strings().ofMaxLength(40), hostileValues()).ofMaxSize(8)
            .map(map -> {
              ObjectNode node = JsonNodeFactory.instance.objectNode();
              map.forEach(node::set);
              return node.toString();
            })),
        Tuple.of(1, hostileValues().map(JsonNode::toString)),
        // deeper than Jackson writes or reads (1000 levels)
        Tuple.of(1, Arbitraries.integers().between(1_001, 20_000).map(depth -> "[".repeat(depth) + "]".repeat(depth))));
    String text = valid.toString();
    Arbitrary<String> malformed = Combinators.combine(Arbitraries.integers().between(0, text.length()),
            Arbitraries.of("", "{", "}", "\"", ",", ":", "\u0000", "NaN", "//", "'", "\\", "]", "\uD800"))
        .as((at, junk) -> text.substring(0, at) + junk + (junk.isEmpty() ? "" : text.substring(at)));
    return Arbitraries.frequencyOf(Tuple.of(5, mutated), Tuple.of(2, shapes), Tuple.of(2, malformed));
  }

  private static Arbitrary<String> hostileStrings() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(NASTY)),
        Tuple.of(2, Arbitraries.strings().ofMaxLength(200)),
        Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().withChars('a', '가', '<', '\'', '"').ofMinLength(4_001)
            .ofMaxLength(70_000)));
  }

  private static Arbitrary<JsonNode> hostileValues() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, hostileStrings().map(TextNode::valueOf)),
        Tuple.of(2, Arbitraries.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE).map(LongNode::valueOf)),
        Tuple.of(1, Arbitraries.of(new BigInteger("1" + "0".repeat(40)), BigInteger.TEN.pow(400).negate())
            .map(BigIntegerNode::valueOf)),
        Tuple.of(1, Arbitraries.of(-1e308, 1e308, 0.5, -0.0).map(DoubleNode::valueOf)),
        Tuple.of(2, Arbitraries.of(JsonNodeFactory.instance.booleanNode(true), JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.objectNode())),
        Tuple.of(1, Arbitraries.integers().between(1, 990).map(HostileInputProperties::nested)));
  }

  private static JsonNode nested(int depth) {
    JsonNode node = TextNode.valueOf("deep");
    for (int i = 0; i < depth; i++) {
      node = i % 2 == 0 ? JsonNodeFactory.instance.arrayNode().add(node)
          : JsonNodeFactory.instance.objectNode().set("a", node);
    }
    return node;
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> pointers) {
    if (!at.matches()) {
      pointers.add(at);
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        collect(node.get(name), at.appendProperty(name), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), pointers);
      }
    }
  }

  private static ObjectNode replace(ObjectNode valid, JsonPointer pointer, JsonNode value) {
    ObjectNode copy = valid.deepCopy();
    ContainerNode<?> parent = (ContainerNode<?>) copy.at(pointer.head());
    if (parent instanceof ObjectNode object) {
      String name = pointer.last().getMatchingProperty();
      if (value == null) {
        object.remove(name);
      } else {
        object.set(name, value);
      }
    } else if (parent instanceof ArrayNode array) {
      int index = pointer.last().getMatchingIndex();
      if (value == null) {
        array.remove(index);
      } else {
        array.set(index, value);
      }
    }
    return copy;
  }

  /** The known reference mostly, otherwise a hostile one (never blank: that is another URL). */
  private static Arbitrary<String> references(String known) {
    // control characters, '/', '\\', '%' and ';' in a path are refused by Tomcat and the firewall before any API
    Arbitrary<String> hostile = hostileStrings()
        .filter(ref -> !ref.isBlank() && ref.length() <= 500 && ref.chars().noneMatch(c -> c < 0x20 || c == 0x7f
            || c == '/' || c == '\\' || c == '%' || c == ';'))
        .map(ref -> UriUtils.encodePathSegment(ref, StandardCharsets.UTF_8));
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(known)), Tuple.of(1, hostile));
  }

  // --- valid bodies and the records they aim at

  private ObjectNode body(String json) {
    try {
      return (ObjectNode) mapper.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private ObjectNode application() {
    return body("""
        {"companyName": "적대적 입력 / Hostile Input Co", "businessRegistrationNumber": "%s",
         "esgCategory": "CIRCULAR_ECONOMY", "description": "폐플라스틱 재활용 / Recycles waste plastic",
         "requestedAmountWon": 100000000, "employeeCount": 12,
         "contact": {"name": "김담당", "email": "contact@test.example", "phone": "+82 2-000-0000"},
         "tranches": [{"amountWon": 60000000, "milestone": "1단계 / Phase 1", "plannedDate": "2027-01-31"},
                      {"amountWon": 40000000, "milestone": "2단계 / Phase 2"}],
         "impactGoals": [{"metric": "PLASTIC_RECYCLED_TONNES", "target": 100.5}]}"""
        .formatted(AsyncFailureTests.registrationNumber()));
  }

  private ObjectNode aiOutput() {
    return body("""
        {"name": "적대적 모델 / Hostile Model", "kind": "MODEL", "modality": "TEXT", "version": "1.0.0",
         "contributingPartners": ["SKT", "KAKAO"], "aiRndCouncil": false, "summary": "요약 / Summary",
         "datasets": [{"name": "말뭉치 / Corpus", "licence": "CC-BY-4.0", "personalData": true,
                       "legalBasis": "PSEUDONYMISED", "evidence": "가명처리 보고서 / Pseudonymisation report"}],
         "modelCard": {"intendedUse": "연구 / Research", "limitations": "한계 / Limits", "trainingData": "말뭉치",
                       "evaluation": "평가 / Evaluation", "risks": "위험 / Risks"},
         "datasheet": {"motivation": "동기", "composition": "구성", "collectionAndConsent": "동의",
                       "preprocessing": "전처리", "uses": "용도", "distribution": "배포", "maintenance": "유지"}}""");
  }

  private static String csv(String number) {
    return "partner_code,patent_number,title,jurisdiction,family_id,filing_date,grant_date,expiry_date,legal_status,"
        + "fee_status,co_owners,licences,pledged_to,standard_essential,technology_field,strategic_value,in_pool\n"
        + "SKT," + number + ",적대적 특허 / Hostile patent,KR,FAM-" + number + ",2015-03-01,2017-05-02,2035-03-01,"
        + "GRANTED,PAID,,,,false,OTHER,1,false";
  }

  private String created(String path, ObjectNode body) {
    ResponseEntity<String> response = post(path, "application/json", body.toString());
    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      return mapper.readTree(response.getBody()).get("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sent as raw bytes by the JDK client: Spring's client would refuse to send a broken Content-Type. */
  private ResponseEntity<String> post(String path, String contentType, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header(HttpHeaders.CONTENT_TYPE, contentType)
        .header(HttpHeaders.ACCEPT, "application/json, application/problem+json")
        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      HttpHeaders headers = new HttpHeaders();
      response.headers().firstValue(HttpHeaders.CONTENT_TYPE).ifPresent(type -> headers.set(HttpHeaders.CONTENT_TYPE, type));
      return new ResponseEntity<>(response.body(), headers, response.statusCode());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private List<Long> counts() {
    return jdbc.sql(COUNTS).query((rs, row) -> {
      List<Long> counts = new ArrayList<>();
      for (int i = 1; i <= TABLES.size(); i++) {
        counts.add(rs.getLong(i));
      }
      return counts;
    }).single();
  }
}
