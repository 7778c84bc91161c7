package com.synergycouncil.patents;

import com.synergycouncil.patents.internal.PatentImport;
import com.synergycouncil.patents.internal.Patents;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Both partners' portfolios: CSV import (all or nothing), search, and the joint pool with each contributor. */
@Service
public class PatentPortfolio {

  private final PatentImport importer;
  private final Patents patents;

  PatentPortfolio(PatentImport importer, Patents patents) {
    this.importer = importer;
    this.patents = patents;
  }

  /** Imports the CSV template; any bad row is reported by line and column and nothing is imported. */
  public int importCsv(String csv) {
    return importer.importCsv(csv, ClockUtil.now().toInstant());
  }

  @Transactional(readOnly = true)
  public List<Patent> search(PatentSearch search) {
    return patents.search(search);
  }

  /** The AI/platform/media pool: every pooled patent, its partner being the contributor. */
  @Transactional(readOnly = true)
  public List<Patent> pool(int page, int size) {
    return patents.search(new PatentSearch(null, null, null, true, null, page, size));
  }
}
