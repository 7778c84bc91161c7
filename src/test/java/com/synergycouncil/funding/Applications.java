package com.synergycouncil.funding;

import com.synergycouncil.funding.FundingApplicationRequest.Contact;
import com.synergycouncil.funding.FundingApplicationRequest.ImpactGoal;
import com.synergycouncil.funding.FundingApplicationRequest.TranchePlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid applications for tests; each call a different company (its own business registration number). */
final class Applications {

  private static final AtomicInteger COMPANIES = new AtomicInteger(1000);

  private Applications() {
  }

  static FundingApplicationRequest twoTranches(long amountWon) {
    return request(amountWon, 40, EsgCategory.CIRCULAR_ECONOMY, newRegistrationNumber());
  }

  static FundingApplicationRequest request(long amountWon, int employees, EsgCategory category, String brn) {
    long first = amountWon / 2;
    return new FundingApplicationRequest("테스트 리사이클 / Test Recycling " + brn, brn, category,
        "폐플라스틱 재활용 / Recycles waste plastic", amountWon, employees,
        new Contact("김담당", "contact@test.example", "+82 2-000-0000"),
        List.of(new TranchePlan(first, "1단계 / Phase 1", LocalDate.of(2027, 1, 31)),
            new TranchePlan(amountWon - first, "2단계 / Phase 2", null)),
        List.of(new ImpactGoal(ImpactMetric.PLASTIC_RECYCLED_TONNES, new BigDecimal("100.5"))));
  }

  /** A business registration number with a valid check digit that no other test uses. */
  static String newRegistrationNumber() {
    String nine = "%09d".formatted(100_000_000 + COMPANIES.incrementAndGet() * 7919 % 899_999_999);
    return BusinessRegistrationNumber.Validator.withCheckDigit(nine);
  }
}
