-- A signed impact report is frozen: no update, no delete. Downloads are only ever appended.
create trigger impact_report_frozen_when_signed before update, delete on impact_report
  for each row call 'com.synergycouncil.reporting.internal.SignedReportTrigger';
create trigger report_download_append_only before update, delete on report_download
  for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger';
