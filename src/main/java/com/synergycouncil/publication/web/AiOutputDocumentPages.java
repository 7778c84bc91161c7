package com.synergycouncil.publication.web;

import com.synergycouncil.publication.AiOutputRegistry;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An AI output's model card and datasheet to read in the browser, opened from the vote form with the webapps' login
 * (the API's downloads take HTTP Basic only): the same Markdown, shown as plain text (never rendered), with the
 * same readers as the API.
 */
@Controller
class AiOutputDocumentPages {

  static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final AiOutputRegistry registry;
  private final AiOutputReaders readers;

  AiOutputDocumentPages(AiOutputRegistry registry, AiOutputReaders readers) {
    this.registry = registry;
    this.readers = readers;
  }

  @GetMapping("/ai-outputs/{reference}/model-card.md")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<String> modelCard(@PathVariable String reference, Authentication authentication) {
    readers.readable(reference, authentication);
    return text(reference + "-model-card.md", registry.modelCard(reference));
  }

  @GetMapping("/ai-outputs/{reference}/datasheet.md")
  @PreAuthorize("isAuthenticated()")
  ResponseEntity<String> datasheet(@PathVariable String reference, Authentication authentication) {
    readers.readable(reference, authentication);
    return text(reference + "-datasheet.md", registry.datasheet(reference));
  }

  private static ResponseEntity<String> text(String fileName, String body) {
    return ResponseEntity.ok().contentType(PLAIN_TEXT)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8)
            .build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
