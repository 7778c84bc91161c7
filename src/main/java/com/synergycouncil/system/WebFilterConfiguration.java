package com.synergycouncil.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class WebFilterConfiguration {

  /** Runs before everything else, the security chain and the engine's REST resources included. */
  @Bean
  FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<ExpressionGuardFilter> registration =
        new FilterRegistrationBean<>(new ExpressionGuardFilter(objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
