package com.synergycouncil.publication;

import com.synergycouncil.council.CouncilRoster;
import com.synergycouncil.publication.internal.AiOutputs;
import com.synergycouncil.publication.internal.AiOutputs.OutputRow;
import com.synergycouncil.publication.internal.MarkdownDocuments;
import com.synergycouncil.publication.internal.PublicationRecords;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.InvalidRequestException;
import com.synergycouncil.system.ReferenceNumbers;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The registry of AI outputs: register one, change it while it is not under review, read it and its documents. */
@Service
public class AiOutputRegistry {

  static final String SERIES = "AO";

  private final AiOutputs outputs;
  private final PublicationRecords records;
  private final ReferenceNumbers numbers;
  private final JdbcClient jdbc;

  AiOutputRegistry(AiOutputs outputs, PublicationRecords records, ReferenceNumbers numbers, JdbcClient jdbc) {
    this.outputs = outputs;
    this.records = records;
    this.numbers = numbers;
    this.jdbc = jdbc;
  }

  @Transactional
  public String register(AiOutputRequest request, String registeredBy) {
    checkCrossFields(request);
    String reference = numbers.next(SERIES).toString();
    long id = outputs.insert(reference, request, registeredBy, ClockUtil.now().toInstant());
    records.changeStatus(id, AiOutputStatus.REGISTERED, null, registeredBy, ClockUtil.now().toInstant());
    return reference;
  }

  /** Changes the record; refused (409) while it is under review, in council or released. */
  @Transactional
  public void update(String reference, AiOutputRequest request) {
    checkCrossFields(request);
    OutputRow output = row(reference);
    if (!output.status().isEditable()) {
      throw new ApiProblemException(HttpStatus.CONFLICT,
          "AI output " + reference + " is " + output.status() + " and cannot be changed now.");
    }
    outputs.update(output.id(), request);
  }

  @Transactional(readOnly = true)
  public AiOutputView view(String reference) {
    OutputRow o = row(reference);
    return new AiOutputView(o.reference(), o.name(), o.kind(), o.modality(), o.version(), o.contributingPartners(),
        o.aiRndCouncil(), o.summary(), o.status(), o.statusReason(), o.audience(), o.licence(), o.releaseType(),
        o.requestedBy(), o.resolutionNumber(), o.publishedAt(), o.openedAt(), outputs.datasets(o.id()),
        outputs.sections(o.id()), records.history(o.id()), records.reviews(o.id()));
  }

  public String modelCard(String reference) {
    AiOutputView view = view(reference);
    if (!"MODEL".equals(view.kind())) {
      throw new ApiProblemException(HttpStatus.NOT_FOUND, "AI output " + reference + " is a dataset: it has no model card.");
    }
    return MarkdownDocuments.modelCard(view);
  }

  public String datasheet(String reference) {
    return MarkdownDocuments.datasheet(view(reference));
  }

  OutputRow row(String reference) {
    return outputs.findByReference(reference).orElseThrow(() -> notFound(reference));
  }

  static ApiProblemException notFound(String reference) {
    return new ApiProblemException(HttpStatus.NOT_FOUND, "No AI output " + reference + ".");
  }

  private void checkCrossFields(AiOutputRequest request) {
    List<String> partners = jdbc.sql("select code from partner").query(String.class).list();
    var problems = request.crossFieldProblems(partners);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
