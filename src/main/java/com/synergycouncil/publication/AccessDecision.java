package com.synergycouncil.publication;

import com.synergycouncil.system.FieldProblem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An AI lead's decision on an access request; a refusal says why. */
public record AccessDecision(@NotNull Choice decision, @Size(max = 2000) String note) {

  public enum Choice { GRANT, REFUSE }

  public List<FieldProblem> crossFieldProblems() {
    if (decision == Choice.REFUSE && (note == null || note.isBlank())) {
      return List.of(new FieldProblem("note", "is required when refusing"));
    }
    return List.of();
  }
}
