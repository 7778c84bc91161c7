package com.synergycouncil.publication.internal;

import com.synergycouncil.publication.AiOutputPublicationProcess.StartForm;
import com.synergycouncil.publication.AiOutputPublications;
import com.synergycouncil.publication.PublicationRequest;
import com.synergycouncil.publication.Terms.Audience;
import com.synergycouncil.publication.Terms.OutputLicence;
import com.synergycouncil.publication.Terms.ReleaseType;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormStart;
import com.synergycouncil.system.FormVariables;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The start event of {@code AiOutputPublicationProcess}: when a person started it through its start form
 * ({@code RequestPublicationForm}: the output's reference and the API's {@link PublicationRequest}, the licence
 * written as in SPDX), requests the publication with the API's rules and rows
 * ({@link AiOutputPublications#acceptFormStart}).
 */
@Component("requestPublicationFormListener")
class RequestPublicationFormListener implements ExecutionListener {

  private final AiOutputPublications publications;

  RequestPublicationFormListener(AiOutputPublications publications) {
    this.publications = publications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String reference = new FormVariables(execution).text(StartForm.OUTPUT_REF);
    FormStart.whenStartedByPerson(execution, RequestPublicationFormListener::read,
        (form, person) -> publications.acceptFormStart(reference, form, person));
  }

  static FormRequest<PublicationRequest> read(FormVariables form) {
    return form.request(new PublicationRequest(form.choice(StartForm.AUDIENCE, Audience.class), licence(form),
        form.choice(StartForm.RELEASE_TYPE, ReleaseType.class)));
  }

  private static OutputLicence licence(FormVariables form) {
    String spdx = form.text(StartForm.LICENCE);
    if (spdx == null) {
      return null;
    }
    try {
      return OutputLicence.ofSpdx(spdx);
    } catch (IllegalArgumentException unknown) {
      form.problem(StartForm.LICENCE, "must be one of " + Arrays.stream(OutputLicence.values())
          .map(OutputLicence::spdx).collect(Collectors.joining(", ")));
      return null;
    }
  }
}
