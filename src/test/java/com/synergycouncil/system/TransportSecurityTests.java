package com.synergycouncil.system;

import static com.synergycouncil.TestCouncil.FUND_MANAGER;
import static com.synergycouncil.TestCouncil.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import com.synergycouncil.TestCouncil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Behind a TLS-terminating load balancer: HSTS and Secure cookies; over plain HTTP on the machine itself, neither. */
@ProcessTest
class TransportSecurityTests {

  @Autowired TestRestTemplate rest;
  @Autowired TestCouncil council;

  @BeforeEach
  void seatTheCouncil() {
    council.seat();
  }

  @Test
  void anHttpsRequestGetsHstsOnTheApiAndTheWebapps() {
    assertThat(get("/api/funding/fund", true).getHeaders().getFirst("Strict-Transport-Security"))
        .contains("max-age=");
    assertThat(get("/camunda/app/welcome/default/", true).getHeaders().getFirst("Strict-Transport-Security"))
        .contains("max-age=31536000");
  }

  @Test
  void theWebappSessionCookieIsSecureOverHttpsAndHttpOnlyAlways() {
    ResponseEntity<String> page = get("/camunda/app/welcome/default/", true);
    String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
    assertThat(cookies).contains("JSESSIONID").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
  }

  @Test
  void plainHttpGetsNoHstsAndNoSecureCookie() {
    assertThat(get("/api/funding/fund", false).getHeaders().containsKey("Strict-Transport-Security")).isFalse();
    // HSTS over plain HTTP would make a browser on http://localhost switch to HTTPS and lose the webapps
    assertThat(get("/camunda/app/welcome/default/", false).getHeaders().containsKey("Strict-Transport-Security"))
        .isFalse();
    String cookies = String.join("; ", get("/camunda/app/welcome/default/", false).getHeaders()
        .getOrEmpty(HttpHeaders.SET_COOKIE));
    assertThat(cookies).contains("JSESSIONID").doesNotContainIgnoringCase("Secure");
  }

  private ResponseEntity<String> get(String path, boolean forwardedHttps) {
    HttpHeaders headers = new HttpHeaders();
    if (forwardedHttps) {
      headers.set("X-Forwarded-Proto", "https");
    }
    return rest.withBasicAuth(FUND_MANAGER, PASSWORD).exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
        String.class);
  }
}
