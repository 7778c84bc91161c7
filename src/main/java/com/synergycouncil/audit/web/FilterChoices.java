package com.synergycouncil.audit.web;

import com.synergycouncil.system.EngineAsSystem;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the filter form offers: the partners, and the processes deployed. */
@Component
class FilterChoices {

  private final JdbcClient jdbc;
  private final RepositoryService repositoryService;
  private final EngineAsSystem engine;

  FilterChoices(JdbcClient jdbc, RepositoryService repositoryService, EngineAsSystem engine) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
    this.engine = engine;
  }

  List<Choice> partners() {
    return jdbc.sql("select code, name_ko, name_en from partner order by code desc")
        .query((rs, row) -> new Choice(rs.getString(1), rs.getString(2) + " / " + rs.getString(3))).list();
  }

  List<Choice> processes() {
    return engine.call(() -> repositoryService.createProcessDefinitionQuery().latestVersion().list()).stream()
        .sorted(java.util.Comparator.comparing(ProcessDefinition::getKey))
        .map(definition -> new Choice(definition.getKey(),
            definition.getName() == null ? definition.getKey() : definition.getName()))
        .toList();
  }

  record Choice(String code, String label) {
  }
}
