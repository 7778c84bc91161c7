package com.synergycouncil.audit;

/** The product's own acts that no process records, as {@link AuditLog} stores them. */
public enum AuditEventKind {
  AUDIT_VIEWED, AUDIT_EXPORTED, CHAIN_VERIFIED, REPORT_GENERATED, REPORT_SIGNED, REPORT_DOWNLOADED
}
