package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import com.synergycouncil.council.CouncilDecisionProcess;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What an attacker probes first: side doors, leaked internals, serialized objects, password guessing. */
@ProcessTest
class SecurityHardeningTests {

  @Autowired TestRestTemplate rest;
  @Autowired TestCouncil council;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;

  static final String PROBE = "throttle-probe";

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void theActuatorShowsHealthAndNothingElse() {
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops",
        "/actuator/heapdump", "/actuator/loggers"}) {
      assertThat(rest.withBasicAuth("admin", "test-admin-password-0001").getForEntity(endpoint, String.class)
          .getStatusCode()).as(endpoint).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void aLoggedInUserMustAskForAPageOfAtMostTwoThousandRows() {
    TestRestTemplate manager = rest.withBasicAuth(FUND_MANAGER, PASSWORD);
    ResponseEntity<String> unbounded = manager.getForEntity("/engine-rest/task", String.class);
    assertThat(unbounded.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unbounded.getBody()).contains("unbound number of results");
    assertThat(manager.getForEntity("/engine-rest/history/process-instance?maxResults=2001", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager.getForEntity("/engine-rest/task?firstResult=0&maxResults=2000", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void thereIsNoH2Console() {
    ResponseEntity<String> console = rest.withBasicAuth("admin", "test-admin-password-0001")
        .getForEntity("/h2-console/", String.class);
    assertThat(console.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void anErrorShowsNoStackTraceOrExceptionClass() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> broken = rest.withBasicAuth(FUND_MANAGER, PASSWORD).postForEntity(
        "/api/funding/applications", new HttpEntity<>("{\"companyName\": [1, 2", headers), String.class);
    assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(broken.getBody()).doesNotContain("Exception", "at com.", "at org.", "trace");
  }

  @Test
  void refusesAJavaSerializedVariable() {
    ProcessInstance decision = runtimeService.startProcessInstanceByKey(CouncilDecisionProcess.KEY, "SER-1",
        Map.of("subjectType", "FUNDING", "subjectRef", "SER-1", "subjectTitle", "t", "subjectSummary", "s",
            "amountWon", 100_000_000L, "amountDisplay", "1억", "excludedUsers", ""));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    // a serialized java.util.HashMap, base64: the classic carrier of deserialization gadgets
    String variable = """
        {"value": "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==",
         "type": "Object",
         "valueInfo": {"objectTypeName": "java.util.HashMap", "serializationDataFormat": "application/x-java-serialized-object"}}""";
    ResponseEntity<String> answer = rest.withBasicAuth("admin", "test-admin-password-0001").exchange(
        "/engine-rest/process-instance/" + decision.getId() + "/variables/gadget",
        org.springframework.http.HttpMethod.PUT, new HttpEntity<>(variable, headers), String.class);

    assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse();
    assertThat(runtimeService.getVariable(decision.getId(), "gadget")).isNull();
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginOfThatUser() {
    // a user of its own: the delay would otherwise spill into other tests' logins
    if (identityService.createUserQuery().userId(PROBE).count() == 0) {
      User probe = identityService.newUser(PROBE);
      probe.setPassword(PASSWORD);
      identityService.saveUser(probe);
      identityService.createMembership(PROBE, "compliance");
    }
    assertThat(rest.withBasicAuth(PROBE, PASSWORD).getForEntity("/api/funding/fund", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.withBasicAuth(PROBE, "guess-1").getForEntity("/api/funding/fund", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // the right password, straight after a wrong one, is refused too: guessing costs time
    assertThat(rest.withBasicAuth(PROBE, PASSWORD).getForEntity("/api/funding/fund", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
