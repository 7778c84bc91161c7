package com.synergycouncil.audit;

import java.util.List;

/**
 * One place the audit trail draws acts from (the engine's history, the funding and council tables, the product's
 * own audit events). Each source applies the whole filter, pushing down to its queries what is cheap.
 */
public interface AuditSource {

  /**
   * The newest acts matching the filter, at most {@code limit}, newest first (acts of the same instant in the order
   * they happened).
   */
  List<AuditAct> acts(AuditFilter filter, int limit);
}
