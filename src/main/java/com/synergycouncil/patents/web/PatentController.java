package com.synergycouncil.patents.web;

import com.synergycouncil.patents.Patent;
import com.synergycouncil.patents.PatentPortfolio;
import com.synergycouncil.patents.PatentSearch;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio: import the CSV template, list and search, and the joint pool. */
@RestController
@RequestMapping("/api/patents")
class PatentController {

  static final int MAX_PAGE_SIZE = 500;
  static final String READERS = "@currentUser.isCouncilUser(authentication) or @currentUser.inAny(authentication, 'ip-officers')";

  private final PatentPortfolio portfolio;

  PatentController(PatentPortfolio portfolio) {
    this.portfolio = portfolio;
  }

  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize("@currentUser.inAny(authentication, 'ip-officers', 'camunda-admin')")
  ResponseEntity<Map<String, Integer>> importCsv(@RequestBody String csv) {
    return ResponseEntity.status(201).body(Map.of("imported", portfolio.importCsv(csv)));
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<Patent> search(@RequestParam(required = false) String partner, @RequestParam(required = false) String field,
      @RequestParam(required = false) String status, @RequestParam(required = false) Boolean pool,
      @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    return portfolio.search(new PatentSearch(partner, field, status, pool, q, Math.max(0, page),
        Math.min(MAX_PAGE_SIZE, Math.max(1, size))));
  }

  @GetMapping("/pool")
  @PreAuthorize(READERS)
  List<Patent> pool(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return portfolio.pool(Math.max(0, page), Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
  }
}
