/**
 * The ESG joint fund: committed capital per partner, funding applications from SMEs and startups, and
 * {@code FundingApprovalProcess} (eligibility by DMN, due diligence, council decision, budget reservation,
 * tranches released against accepted milestone reports, withdrawal at any point before the last tranche).
 */
package com.synergycouncil.funding;
