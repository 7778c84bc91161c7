package com.synergycouncil.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once, when the chain is still empty: chains the resolutions recorded before the audit module existed, in register
 * order. Never afterwards: a resolution that appears later without its entry is what verification must report,
 * not something to chain quietly.
 */
@Component
@Order(20)
class ChainBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(ChainBackfill.class);

  private final ChainStore store;
  private final ChainAppender appender;
  private final JdbcClient jdbc;

  ChainBackfill(ChainStore store, ChainAppender appender, JdbcClient jdbc) {
    this.store = store;
    this.appender = appender;
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (store.lockHead().seq() > 0) {
      return;
    }
    var numbers = jdbc.sql("select resolution_number from resolution order by register_year, register_seq")
        .query(String.class).list();
    if (!numbers.isEmpty()) {
      LOG.info("Chaining {} resolutions recorded before the evidence chain existed", numbers.size());
      numbers.forEach(appender::appendResolution);
    }
  }
}
