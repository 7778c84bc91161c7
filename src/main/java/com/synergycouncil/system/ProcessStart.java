package com.synergycouncil.system;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module's service hands the engine for a new process instance of a request it registered: the business
 * key (the request's reference) and the start variables. The API starts the process with it; a start form's
 * listener ({@link FormStart}) puts it on the instance a person started.
 */
public record ProcessStart(String businessKey, Map<String, Object> variables) {

  public ProcessStart {
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }
}
