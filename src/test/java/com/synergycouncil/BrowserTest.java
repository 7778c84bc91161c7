package com.synergycouncil;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The product as a person meets it: the demo profile (demo users, password {@code demo}, demo applications) on
 * a random port, with the job executor running, on a database of its own. Every browser test class uses exactly
 * this configuration so they share one Spring context (one embedded engine per JVM); Maven runs them in a JVM
 * of their own, after the main suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:council-browser;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("demo")
public @interface BrowserTest {
}
