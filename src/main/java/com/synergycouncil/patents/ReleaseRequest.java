package com.synergycouncil.patents;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.synergycouncil.system.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request to release patents: a partner's opening programme or pool contribution ({@code partnerCode},
 * {@code programmeName}), or an SME's transfer or licence request ({@code recipientName}, {@code usePlan}).
 */
public record ReleaseRequest(
    @NotNull ReleaseKind kind,
    @Pattern(regexp = "SKT|KAKAO") String partnerCode,
    @Size(max = 200) String programmeName,
    @Size(max = 200) String recipientName,
    @Pattern(regexp = "\\d{3}-\\d{2}-\\d{5}") String recipientBrn,
    @Size(max = 4000) String usePlan,
    @Size(max = 200) String fieldOfUse,
    @NotEmpty @Size(max = MAX_PATENTS) List<@NotNull @Size(min = 1, max = 40) String> patentNumbers) {

  public static final int MIN_USE_PLAN = 20;
  /** The most patents one request may name (a programme of five years' patents: 2,597 for SK Telecom). */
  public static final int MAX_PATENTS = 5000;

  /** Problems no single field shows: what each kind of request must carry, and no patent twice. */
  public List<FieldProblem> crossFieldProblems() {
    List<FieldProblem> problems = kindProblems();
    if (!repeatedPositions().isEmpty()) {
      problems.add(new FieldProblem("patentNumbers", "must not repeat a patent"));
    }
    return problems;
  }

  /** What each kind of request must carry. */
  public List<FieldProblem> kindProblems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      return problems;
    }
    if (kind.byPartner()) {
      if (partnerCode == null) {
        problems.add(new FieldProblem("partnerCode", "is required for " + kind));
      }
      if (programmeName == null || programmeName.isBlank()) {
        problems.add(new FieldProblem("programmeName", "is required for " + kind));
      }
    } else {
      if (recipientName == null || recipientName.isBlank()) {
        problems.add(new FieldProblem("recipientName", "is required for " + kind));
      }
      if (usePlan == null || usePlan.trim().length() < MIN_USE_PLAN) {
        problems.add(new FieldProblem("usePlan", "at least " + MIN_USE_PLAN + " characters for " + kind));
      }
    }
    return problems;
  }

  /** The positions (from 0) of the patent numbers that repeat an earlier one. */
  public List<Integer> repeatedPositions() {
    List<Integer> repeated = new ArrayList<>();
    if (patentNumbers != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < patentNumbers.size(); i++) {
        if (patentNumbers.get(i) != null && !seen.add(patentNumbers.get(i))) {
          repeated.add(i);
        }
      }
    }
    return repeated;
  }
}
