package com.synergycouncil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.synergycouncil.ProcessTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History is kept on purpose: in full, ten years after each process ends, cleaned up at night in Korea. */
@ProcessTest
class HistoryRetentionTests {

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;

  @Test
  void keepsFullHistoryAndCleansItUpByRemovalTimeAtNight() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0900");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0900");
    ZonedDateTime start = configuration.getHistoryCleanupBatchWindowStartTimeAsDate().toInstant()
        .atZone(ZoneId.of("Asia/Seoul"));
    assertThat(start.getHour()).as("the window opens at 01:00 in Seoul").isEqualTo(1);
    assertThat(configuration.isEnforceHistoryTimeToLive()).isTrue();
  }

  @Test
  void keepsEveryProcessAndDecisionForTenYears() {
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isEqualTo(3650));
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
        .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isEqualTo(3650));
  }
}
