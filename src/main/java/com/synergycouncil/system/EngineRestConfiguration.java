package com.synergycouncil.system;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest} as Camunda configures it, except that {@link ListenerRefusalExceptionMapper} takes the
 * place of Camunda's mappers for {@code ProcessEngineException} and {@code RestException} (two mappers for one
 * type would be ambiguous).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    Set<Class<?>> configuration = CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> type != ProcessEngineExceptionHandler.class && type != RestExceptionHandler.class)
        .collect(Collectors.toSet());
    registerClasses(configuration);
    register(JacksonFeature.class);
    register(ListenerRefusalExceptionMapper.class);
    register(ListenerRefusalExceptionMapper.ForRestException.class);
  }
}
