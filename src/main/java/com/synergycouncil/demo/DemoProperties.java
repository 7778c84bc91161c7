package com.synergycouncil.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code council.demo.enabled} and the password every demo user shares. */
@ConfigurationProperties("council.demo")
public record DemoProperties(boolean enabled, String password) {
}
