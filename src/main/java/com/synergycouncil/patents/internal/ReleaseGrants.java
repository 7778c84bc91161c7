package com.synergycouncil.patents.internal;

import com.synergycouncil.patents.ReleaseKind;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records what an approved request grants, one INSERT ... SELECT over all of its passing patents: royalty-free
 * licences with defensive termination and any FRAND commitment carried over, non-exclusive unless the patent is
 * transferred; pool contributions also mark the patents as pooled.
 */
@Component
public class ReleaseGrants {

  private final JdbcClient jdbc;

  ReleaseGrants(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public int grant(ReleaseRequests.Facts request, Instant now) {
    String kind = switch (request.kind()) {
      case TRANSFER -> "ASSIGNMENT";
      case POOL -> "POOL";
      default -> "LICENCE";
    };
    int granted = jdbc.sql("""
        insert into patent_licence (patent_id, licensee, kind, exclusive, field_of_use, royalty_free,
          defensive_termination, frand, status, source_request_id, granted_at)
        select r.patent_id, :licensee, :kind, :exclusive, :fieldOfUse, true, true, r.frand, 'ACTIVE', r.request_id, :now
        from release_request_patent r where r.request_id = :id and r.passport = 'PASSED'""")
        .param("licensee", request.licensee()).param("kind", kind)
        .param("exclusive", request.kind() == ReleaseKind.TRANSFER).param("fieldOfUse", request.fieldOfUse())
        .param("now", Timestamp.from(now)).param("id", request.id()).update();
    if (request.kind() == ReleaseKind.POOL) {
      jdbc.sql("""
          update patent set in_pool = true, pooled_at = :now where id in
            (select patent_id from release_request_patent where request_id = :id and passport = 'PASSED')""")
          .param("now", Timestamp.from(now)).param("id", request.id()).update();
    }
    return granted;
  }
}
