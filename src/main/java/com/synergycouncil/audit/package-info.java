/**
 * Audit trail and tamper evidence for compliance: who did what, when and on what grounds, merged from Camunda's
 * history and the product's own records ({@link com.synergycouncil.audit.AuditTrail}); a SHA-256 hash chain over
 * the resolution register and signed reports that anyone can recompute ({@link com.synergycouncil.audit.EvidenceChain}).
 * Depends on council and system; the reporting module records its acts here and chains its signed reports.
 */
package com.synergycouncil.audit;
