package com.synergycouncil.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
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

  /** After the security chain (an anonymous request learns nothing), before the engine's REST resources. */
  @Bean
  FilterRegistrationBean<TaskCompletionGuard> taskCompletionGuard(ObjectProvider<ProcessEngine> processEngine,
      ObjectProvider<EngineAsSystem> engineAsSystem, ObjectMapper objectMapper) {
    FilterRegistrationBean<TaskCompletionGuard> registration =
        new FilterRegistrationBean<>(new TaskCompletionGuard(processEngine, engineAsSystem, objectMapper));
    registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
    registration.setOrder(0);
    return registration;
  }
}
