package com.synergycouncil;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Synergy Council: the SK Telecom - Kakao alliance's decisions on the ESG joint fund, patents and AI
 * outputs, run as BPMN processes on an embedded Camunda 7 engine.
 */
@SpringBootApplication
@EnableProcessApplication("synergy-council")
@ConfigurationPropertiesScan
public class SynergyCouncilApplication {

  public static void main(String[] args) {
    SpringApplication.run(SynergyCouncilApplication.class, args);
  }
}
