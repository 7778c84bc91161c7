package com.synergycouncil.funding;

/** Amounts in won as executives read them: {@code 250,000,000원 (2억 5,000만 원)}. */
public final class Won {

  private static final long EOK = 100_000_000L;
  private static final long MAN = 10_000L;

  private Won() {
  }

  public static String format(long won) {
    StringBuilder korean = new StringBuilder();
    long eok = won / EOK;
    long man = won % EOK / MAN;
    long rest = won % MAN;
    if (eok > 0) {
      korean.append("%,d억".formatted(eok));
    }
    if (man > 0) {
      korean.append(korean.isEmpty() ? "" : " ").append("%,d만".formatted(man));
    }
    if (rest > 0 || korean.isEmpty()) {
      korean.append(korean.isEmpty() ? "" : " ").append("%,d".formatted(rest));
    }
    return "%,d원 (%s 원 / KRW %,d)".formatted(won, korean, won);
  }
}
