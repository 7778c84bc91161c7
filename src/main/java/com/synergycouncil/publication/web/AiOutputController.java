package com.synergycouncil.publication.web;

import com.synergycouncil.publication.AiOutputRegistry;
import com.synergycouncil.publication.AiOutputRequest;
import com.synergycouncil.publication.AiOutputView;
import com.synergycouncil.publication.AiOutputPublications;
import com.synergycouncil.publication.PublicationRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AI output registry: AI leads register outputs and request their publication; a released output, its model
 * card and datasheet can be read by every signed-in user, an unreleased one only by the people working on it.
 */
@RestController
@RequestMapping("/api/ai-outputs")
class AiOutputController {

  static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

  private final AiOutputRegistry registry;
  private final AiOutputPublications publications;
  private final AiOutputReaders readers;

  AiOutputController(AiOutputRegistry registry, AiOutputPublications publications, AiOutputReaders readers) {
    this.registry = registry;
    this.publications = publications;
    this.readers = readers;
  }

  @PostMapping
  @PreAuthorize("@currentUser.inAny(authentication, 'ai-leads', 'camunda-admin')")
  ResponseEntity<AiOutputView> register(@Valid @RequestBody AiOutputRequest request, Principal principal) {
    String reference = registry.register(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/ai-outputs/" + reference)).body(registry.view(reference));
  }

  @PutMapping("/{reference}")
  @PreAuthorize("@currentUser.inAny(authentication, 'ai-leads', 'camunda-admin')")
  AiOutputView update(@PathVariable String reference, @Valid @RequestBody AiOutputRequest request) {
    registry.update(reference, request);
    return registry.view(reference);
  }

  @PostMapping("/{reference}/publication")
  @PreAuthorize("@aiOutputPublications.mayRequestPublication(@currentUser.person(authentication))")
  ResponseEntity<AiOutputView> requestPublication(@PathVariable String reference,
      @Valid @RequestBody PublicationRequest request, Principal principal) {
    publications.requestPublication(reference, request, principal.getName());
    return ResponseEntity.accepted().body(registry.view(reference));
  }

  @GetMapping("/{reference}")
  @PreAuthorize("isAuthenticated()")
  AiOutputView view(@PathVariable String reference, Authentication authentication) {
    return readable(reference, authentication);
  }

  @GetMapping("/{reference}/model-card.md")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<String> modelCard(@PathVariable String reference, Authentication authentication) {
    readable(reference, authentication);
    return markdown(reference + "-model-card.md", registry.modelCard(reference));
  }

  @GetMapping("/{reference}/datasheet.md")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<String> datasheet(@PathVariable String reference, Authentication authentication) {
    readable(reference, authentication);
    return markdown(reference + "-datasheet.md", registry.datasheet(reference));
  }

  private AiOutputView readable(String reference, Authentication authentication) {
    return readers.readable(reference, authentication);
  }

  private static ResponseEntity<String> markdown(String fileName, String body) {
    return ResponseEntity.ok().contentType(MARKDOWN)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
