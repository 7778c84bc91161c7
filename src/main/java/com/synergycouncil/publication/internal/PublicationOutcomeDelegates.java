package com.synergycouncil.publication.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputStatus;
import com.synergycouncil.publication.Terms.ReleaseType;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The council's outcome and the release: each a thin delegate bean named as the model refers to it. */
@Configuration(proxyBeanMethods = false)
class PublicationOutcomeDelegates {

  @Bean
  JavaDelegate recordPublicationRejectionDelegate(PublicationStatus status, AiOutputs outputs) {
    return execution -> {
      String resolution = string(execution, Var.RESOLUTION_NUMBER);
      outputs.recordResolution(longValue(execution, Var.OUTPUT_ID), resolution);
      status.change(execution, AiOutputStatus.REJECTED,
          "resolution " + resolution + ": " + string(execution, Var.RESOLUTION_OUTCOME));
    };
  }

  /** Open: to everyone. Gated and staged: to researchers an AI lead approves; staged opens after the period. */
  @Bean
  JavaDelegate publishOutputDelegate(PublicationStatus status, AiOutputs outputs, PublicationProperties properties) {
    return execution -> {
      long id = longValue(execution, Var.OUTPUT_ID);
      String resolution = string(execution, Var.RESOLUTION_NUMBER);
      ReleaseType type = ReleaseType.valueOf(string(execution, Var.RELEASE_TYPE));
      outputs.recordResolution(id, resolution);
      outputs.markPublished(id, ClockUtil.now().toInstant(), type == ReleaseType.OPEN);
      execution.setVariable(Var.STAGED_OPEN_AFTER, properties.stagedOpenAfter());
      AiOutputStatus released = switch (type) {
        case OPEN -> AiOutputStatus.PUBLISHED;
        case GATED -> AiOutputStatus.GATED;
        case STAGED -> AiOutputStatus.STAGED;
      };
      status.change(execution, released, "resolution " + resolution
          + (type == ReleaseType.STAGED ? "; opens to everyone after " + properties.stagedOpenAfter() : ""));
    };
  }

  @Bean
  JavaDelegate openStagedReleaseDelegate(PublicationStatus status, AiOutputs outputs, PublicationProperties properties) {
    return execution -> {
      outputs.markOpened(longValue(execution, Var.OUTPUT_ID), ClockUtil.now().toInstant());
      status.change(execution, AiOutputStatus.PUBLISHED,
          "staged period of " + properties.stagedOpenAfter() + " elapsed without an open incident", null);
    };
  }

  @Bean
  JavaDelegate withdrawOutputDelegate(PublicationStatus status) {
    return execution -> status.change(execution, AiOutputStatus.WITHDRAWN,
        "withdrawn after an incident: " + string(execution, Var.INCIDENT_DESCRIPTION));
  }
}
