package com.synergycouncil.funding.web;

import com.synergycouncil.council.Briefing;
import com.synergycouncil.funding.FundingApplicationService;
import com.synergycouncil.funding.FundingApplicationView;
import com.synergycouncil.funding.Won;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An application as a page, for the people who decide on it: opened from the vote form with the webapps' login
 * (the API takes HTTP Basic only). The same readers as {@code GET /api/funding/applications/{reference}}; the
 * contact's e-mail and telephone are left out, nobody needs them to decide.
 */
@Controller
class FundingApplicationPage {

  private final FundingApplicationService service;

  FundingApplicationPage(FundingApplicationService service) {
    this.service = service;
  }

  @GetMapping("/funding/applications/{reference}")
  @PreAuthorize("@currentUser.isCouncilUser(authentication)")
  String application(@PathVariable String reference, Model model) {
    model.addAttribute("page", new Page(service.view(reference)));
    return "funding/application";
  }

  /** The application with the page's formats: Korean time, amounts in won. */
  record Page(FundingApplicationView application) {

    public String time(Instant instant) {
      return Briefing.time(instant);
    }

    public String won(long amount) {
      return Won.format(amount);
    }
  }
}
