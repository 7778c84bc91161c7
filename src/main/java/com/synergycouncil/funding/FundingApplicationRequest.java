package com.synergycouncil.funding;

import com.synergycouncil.system.FieldProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A funding application as an SME or startup submits it. */
public record FundingApplicationRequest(
    @NotBlank @Size(max = 200) String companyName,
    @NotBlank @BusinessRegistrationNumber String businessRegistrationNumber,
    @NotNull EsgCategory esgCategory,
    @NotBlank @Size(max = 4000) String description,
    @NotNull @Positive @Max(1_000_000_000_000L) Long requestedAmountWon,
    @NotNull @PositiveOrZero @Max(10_000_000) Integer employeeCount,
    @NotNull @Valid Contact contact,
    @NotEmpty @Size(max = 12) List<@NotNull @Valid TranchePlan> tranches,
    @NotEmpty @Size(max = 4) List<@NotNull @Valid ImpactGoal> impactGoals) {

  public record Contact(
      @NotBlank @Size(max = 100) String name,
      @NotBlank @Email @Size(max = 200) String email,
      @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*", message = "may hold digits, spaces, +, - and parentheses only")
      String phone) {
  }

  public record TranchePlan(
      @NotNull @Positive Long amountWon,
      @NotBlank @Size(max = 500) String milestone,
      LocalDate plannedDate) {
  }

  public record ImpactGoal(
      @NotNull ImpactMetric metric,
      @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal target) {
  }

  /** What Bean Validation cannot see: tranches must add up to the request, metrics must not repeat. */
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (requestedAmountWon != null && tranches != null && tranches.stream().allMatch(t -> t != null && t.amountWon() != null)) {
      long sum = tranches.stream().mapToLong(TranchePlan::amountWon).sum();
      if (sum != requestedAmountWon) {
        problems.add(new FieldProblem("tranches",
            "tranche amounts add up to %,d won but %,d won is requested".formatted(sum, requestedAmountWon)));
      }
    }
    if (impactGoals != null) {
      Set<ImpactMetric> seen = new HashSet<>();
      for (int i = 0; i < impactGoals.size(); i++) {
        ImpactGoal goal = impactGoals.get(i);
        if (goal != null && goal.metric() != null && !seen.add(goal.metric())) {
          problems.add(new FieldProblem("impactGoals[%d].metric".formatted(i), "appears more than once"));
        }
      }
    }
    return problems;
  }
}
