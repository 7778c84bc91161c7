package com.synergycouncil.system;

/**
 * The head of the tamper-evidence chain (the SHA-256 of its newest entry), printed in every quarterly report so an
 * auditor can tie the report to the register as it stood. Implemented by the audit module.
 */
@FunctionalInterface
public interface EvidenceChainHead {

  /** The newest entry's hash, or the text {@code "empty"} while the chain has no entry. */
  String headHash();
}
