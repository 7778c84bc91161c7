package com.synergycouncil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class against PostgreSQL when {@code COUNCIL_DB_URL} names one (.ci/run starts Debian's PostgreSQL
 * and sets it); skips it with a message otherwise, unless {@code REQUIRE_POSTGRES=true}, which turns the skip
 * into a failure so CI cannot pass without having run it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

  class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String url = System.getenv("COUNCIL_DB_URL");
      if (url != null && url.startsWith("jdbc:postgresql:")) {
        return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
      }
      if ("true".equals(System.getenv("REQUIRE_POSTGRES"))) {
        throw new IllegalStateException("REQUIRE_POSTGRES=true but COUNCIL_DB_URL names no PostgreSQL database");
      }
      return ConditionEvaluationResult.disabled(
          "PostgreSQL not configured (set COUNCIL_DB_URL, COUNCIL_DB_USER, COUNCIL_DB_PASSWORD): skipped");
    }
  }
}
