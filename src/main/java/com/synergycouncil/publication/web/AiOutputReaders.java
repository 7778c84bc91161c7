package com.synergycouncil.publication.web;

import com.synergycouncil.publication.AiOutputRegistry;
import com.synergycouncil.publication.AiOutputView;
import com.synergycouncil.system.ApiProblemException;
import com.synergycouncil.system.CurrentUser;
import com.synergycouncil.system.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read an AI output, its model card and datasheet: a released output every signed-in user, an unreleased
 * one only the people working on it (council users, AI leads, reviewers); to anyone else it does not exist (404).
 */
@Component
class AiOutputReaders {

  private final AiOutputRegistry registry;
  private final CurrentUser currentUser;

  AiOutputReaders(AiOutputRegistry registry, CurrentUser currentUser) {
    this.registry = registry;
    this.currentUser = currentUser;
  }

  AiOutputView readable(String reference, Authentication authentication) {
    AiOutputView view = registry.view(reference);
    boolean insider = currentUser.isCouncilUser(authentication) || currentUser.inAny(authentication,
        Groups.AI_LEADS, Groups.PRIVACY_REVIEWERS, Groups.SECURITY_REVIEWERS, Groups.LEGAL_REVIEWERS);
    if (!insider && !view.isReleased()) {
      throw new ApiProblemException(HttpStatus.NOT_FOUND, "No AI output " + reference + ".");
    }
    return view;
  }
}
