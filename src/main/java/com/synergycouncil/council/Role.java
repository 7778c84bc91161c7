package com.synergycouncil.council;

/** What a council member does for their partner. */
public enum Role {
  CO_CEO, CTO, FUND_MANAGER, IP_OFFICER, AI_LEAD, COMPLIANCE_OFFICER
}
