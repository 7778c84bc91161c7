package com.synergycouncil.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A calendar quarter in Korean time, e.g. 2026 Q1 = [2026-01-01T00:00+09:00, 2026-04-01T00:00+09:00). */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 9999;

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4, not " + quarter);
    }
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException("year must be " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
  }

  public static Quarter containing(Instant instant) {
    ZonedDateTime seoul = instant.atZone(SEOUL);
    return new Quarter(seoul.getYear(), (seoul.getMonthValue() - 1) / 3 + 1);
  }

  /** The last quarter that has closed (in Korean time) at the given moment. */
  public static Quarter lastClosedAt(Instant instant) {
    return containing(instant).previous();
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /** The last day of the quarter (inclusive). */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  public Instant start() {
    return firstDay().atStartOfDay(SEOUL).toInstant();
  }

  /** The first moment after the quarter (exclusive end). */
  public Instant end() {
    return firstDay().plusMonths(3).atStartOfDay(SEOUL).toInstant();
  }

  /** Whether the quarter has begun at the given moment (a report on a future quarter makes no sense). */
  public boolean hasBegunAt(Instant instant) {
    return !start().isAfter(instant);
  }

  /** {@code 2026 Q1}. */
  public String label() {
    return year + " Q" + quarter;
  }

  /** {@code 2026년 1분기}. */
  public String labelKo() {
    return year + "년 " + quarter + "분기";
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return label();
  }
}
