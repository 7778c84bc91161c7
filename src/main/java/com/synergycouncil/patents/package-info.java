/**
 * Patents: both partners' portfolios (CSV import, search), {@code PatentReleaseProcess} (opening programmes, free
 * transfers and licences to SMEs, contributions to the AI/platform/media pool, each with a set-based release passport,
 * co-owner consent, a DMN risk rating and one council vote) and {@code PatentDisputeMediationProcess}, the
 * no-dispute pledge: no assertion between the partners while mediation is open.
 */
package com.synergycouncil.patents;
