/**
 * Quarterly social-impact reports for compliance: {@code QuarterlyImpactReportProcess} generates each quarter's
 * report (JasperReports templates in {@code reports/}, Korean and English, PDF with the NanumGothic font embedded,
 * XLSX and CSV) from the funding and council tables, stores every version with its SHA-256 and the data snapshot it
 * was made from, and freezes it once a compliance officer signs it off. Patent and AI-output modules plug their
 * figures in as {@link com.synergycouncil.reporting.ImpactFigures} beans.
 */
package com.synergycouncil.reporting;
