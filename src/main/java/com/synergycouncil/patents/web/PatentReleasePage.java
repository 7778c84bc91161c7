package com.synergycouncil.patents.web;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.patents.PatentReleaseService;
import com.synergycouncil.patents.ReleaseView;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A release request's passport as a page: every patent with its result and reason, opened from the vote form with
 * the webapps' login (the API takes HTTP Basic only). The same readers as {@code GET /api/patents/releases/{ref}}.
 */
@Controller
class PatentReleasePage {

  private final PatentReleaseService service;

  PatentReleasePage(PatentReleaseService service) {
    this.service = service;
  }

  @GetMapping("/patents/releases/{reference}")
  @PreAuthorize(PatentController.READERS)
  String passport(@PathVariable String reference, Model model) {
    model.addAttribute("page", new Page(service.view(reference)));
    return "patents/release";
  }

  /** The request with the page's formats. */
  record Page(ReleaseView release) {

    public String time(Instant instant) {
      return Briefing.time(instant);
    }
  }
}
