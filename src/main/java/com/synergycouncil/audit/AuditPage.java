package com.synergycouncil.audit;

import java.util.List;

/** One page of the audit trail, newest first; {@code hasMore} when a later page has acts too. */
public record AuditPage(List<AuditAct> acts, int page, int pageSize, boolean hasMore) {
}
