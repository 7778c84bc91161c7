package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.PatentReleaseProcess.StartForm;
import com.synergycouncil.patents.ReleaseKind;
import com.synergycouncil.patents.ReleaseRequest;
import com.synergycouncil.system.FormRequest;
import com.synergycouncil.system.FormVariables;
import com.synergycouncil.system.FormVariables.Line;

/**
 * Reads {@code RequestPatentReleaseForm} into the API's {@link ReleaseRequest}: the patent numbers from a text area,
 * one a line (blank lines ignored), each remembered with its line so that a problem names the line.
 */
final class ReleaseRequestForm {

  private ReleaseRequestForm() {
  }

  static FormRequest<ReleaseRequest> read(FormVariables form) {
    return form.request(new ReleaseRequest(form.choice(StartForm.KIND, ReleaseKind.class),
        form.text(StartForm.PARTNER_CODE), form.text(StartForm.PROGRAMME_NAME), form.text(StartForm.RECIPIENT_NAME),
        form.text(StartForm.RECIPIENT_BRN), form.text(StartForm.USE_PLAN), form.text(StartForm.FIELD_OF_USE),
        form.lines(StartForm.PATENT_NUMBERS).stream().map(Line::text).toList()));
  }
}
