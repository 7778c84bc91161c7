package com.synergycouncil.publication.internal;

import static com.synergycouncil.system.ProcessVariables.longValue;
import static com.synergycouncil.system.ProcessVariables.string;

import com.synergycouncil.publication.AiOutputPublicationProcess.Var;
import com.synergycouncil.publication.AiOutputStatus;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gates as visible steps of the model: each sets whether it passed and its reasons; a blocked request ends
 * with every reason recorded (the requester fixes the record and requests publication again).
 */
@Configuration(proxyBeanMethods = false)
class PublicationGateDelegates {

  @Bean
  JavaDelegate checkLicenceCompatibilityDelegate(PublicationGates gates) {
    return gate(gates::licenceProblems, Var.LICENCE_GATE_PASSED, Var.LICENCE_GATE_REASONS);
  }

  @Bean
  JavaDelegate checkPersonalDataDelegate(PublicationGates gates) {
    return gate(gates::personalDataProblems, Var.PERSONAL_DATA_GATE_PASSED, Var.PERSONAL_DATA_GATE_REASONS);
  }

  @Bean
  JavaDelegate checkDocumentationDelegate(PublicationGates gates) {
    return gate(gates::documentationProblems, Var.DOCUMENTATION_GATE_PASSED, Var.DOCUMENTATION_GATE_REASONS);
  }

  @Bean
  JavaDelegate recordGatesBlockedDelegate(PublicationStatus status) {
    return execution -> status.change(execution, AiOutputStatus.BLOCKED, String.join("\n",
        Stream.of(Var.LICENCE_GATE_REASONS, Var.PERSONAL_DATA_GATE_REASONS, Var.DOCUMENTATION_GATE_REASONS)
            .map(name -> string(execution, name)).filter(reasons -> reasons != null && !reasons.isEmpty())
            .toList()));
  }

  private static JavaDelegate gate(LongFunction<List<String>> check, String passedVariable, String reasonsVariable) {
    return execution -> {
      List<String> problems = check.apply(longValue(execution, Var.OUTPUT_ID));
      execution.setVariable(passedVariable, problems.isEmpty());
      execution.setVariable(reasonsVariable, String.join("\n", problems));
    };
  }
}
