package com.synergycouncil.patents.internal;

import com.synergycouncil.system.FieldProblem;
import com.synergycouncil.system.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Imports a portfolio CSV all or nothing: any bad row (or a number already held) and nothing is written. */
@Component
public class PatentImport {

  private final Patents patents;

  PatentImport(Patents patents) {
    this.patents = patents;
  }

  /** Returns how many patents were imported; throws {@link InvalidRequestException} naming line and column. */
  @Transactional
  public int importCsv(String content, Instant now) {
    PatentCsv.Parsed parsed = PatentCsv.parse(content);
    if (!parsed.problems().isEmpty()) {
      throw new InvalidRequestException(parsed.problems());
    }
    if (parsed.rows().isEmpty()) {
      throw new InvalidRequestException(List.of(new FieldProblem("file", "holds no patent")));
    }
    Set<String> existing = Set.copyOf(patents.existing(parsed.rows().stream().map(PatentCsv.Row::number).toList()));
    List<FieldProblem> problems = new ArrayList<>();
    for (PatentCsv.Row row : parsed.rows()) {
      if (existing.contains(row.number())) {
        problems.add(new FieldProblem("line " + row.line() + ", column patent_number", "is already in the portfolio"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    patents.insertAll(parsed.rows(), now);
    return parsed.rows().size();
  }
}
