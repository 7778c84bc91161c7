package com.synergycouncil.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gapless yearly numbers such as {@code SC-2026-0001} (resolutions) and {@code FA-2026-0001} (funding
 * applications). The counter row is locked by its update, so two transactions never draw the same number.
 */
@Component
public class ReferenceNumbers {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private final JdbcClient jdbc;
  private final Clock clock;

  ReferenceNumbers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The next number of a series in the current year (Korean time). */
  public Reference next(String series) {
    int year = clock.instant().atZone(SEOUL).getYear();
    int updated = jdbc.sql("update reference_counter set counter_value = counter_value + 1 where series = ? and counter_year = ?")
        .params(series, year).update();
    if (updated == 0) {
      try {
        jdbc.sql("insert into reference_counter (series, counter_year, counter_value) values (?, ?, 1)").params(series, year).update();
        return new Reference(series, year, 1);
      } catch (DuplicateKeyException raced) {
        return next(series);
      }
    }
    int value = jdbc.sql("select counter_value from reference_counter where series = ? and counter_year = ?")
        .params(series, year).query(Integer.class).single();
    return new Reference(series, year, value);
  }

  /** A drawn number: {@code SC-2026-0001}. */
  public record Reference(String series, int year, int sequence) {
    @Override
    public String toString() {
      return "%s-%d-%04d".formatted(series, year, sequence);
    }
  }
}
