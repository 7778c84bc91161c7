package com.synergycouncil.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What application.yml asks of the engine is what the engine does. A generic property the starter overwrites later (as
 * it does {@code authorizationCheckRevokes} from {@code camunda.bpm.authorization}) is silently lost otherwise.
 */
@ProcessTest
class EngineSettingsTests {

  @Autowired CamundaBpmProperties camunda;
  @Autowired ProcessEngineConfigurationImpl engine;

  @Test
  void everyEngineSettingInApplicationYmlReachesTheEngine() {
    Map<String, Object> settings = camunda.getGenericProperties().getProperties();
    assertThat(settings).containsKeys("queryMaxResultsLimit", "javaSerializationFormatEnabled", "loginMaxAttempts");
    BeanWrapperImpl configuration = new BeanWrapperImpl(engine);
    settings.forEach((name, value) -> assertThat(String.valueOf(configuration.getPropertyValue(name)))
        .as(name).isEqualTo(String.valueOf(value)));
    assertThat(engine.isAuthorizationEnabled()).isTrue();
    // revokes are honoured either way; "always" is the fast one (see application.yml, DueDiligenceRecusalTests)
    assertThat(engine.getAuthorizationCheckRevokes()).isEqualTo("always");
  }
}
