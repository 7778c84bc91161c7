package com.synergycouncil.system;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Every endpoint needs a login. Paths are matched as plain servlet paths, since {@code /engine-rest} and the
 * webapps are served by their own servlets, outside Spring MVC. The webapps ({@code /camunda/**}) keep their
 * own login form, session and CSRF protection; {@code /api/**} and {@code /engine-rest/**} take HTTP Basic against the same Camunda
 * users, statelessly, and run with that user's Camunda authorizations.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    // the webapps authenticate and authorize every call themselves and protect against CSRF themselves
    return http.securityMatcher(antMatcher("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
    return http.securityMatcher(new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**")))
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // stateless Basic authentication: no cookie, so no cross-site request can ride on one
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService, ProblemAuthenticationEntryPoint entryPoint) throws Exception {
    // server-rendered pages (/compliance, /reports): the webapps' session or HTTP Basic; CSRF protection stays on
    return http
        .authenticationProvider(provider)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(antMatcher("/"), antMatcher("/error"), antMatcher("/actuator/health"),
                antMatcher("/css/**"), antMatcher("/images/**")).permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; frame-ancestors 'none'")))
        .build();
  }
}
