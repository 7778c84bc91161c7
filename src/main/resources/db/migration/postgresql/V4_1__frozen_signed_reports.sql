-- A signed impact report is frozen: no update, no delete. Downloads are only ever appended.
create function reject_change_to_signed_report() returns trigger language plpgsql as $$
begin
  if OLD.status = 'SIGNED' then
    raise exception 'impact report % (% Q% v%) is signed and frozen: % is not allowed',
      OLD.id, OLD.report_year, OLD.report_quarter, OLD.version, TG_OP using errcode = '42501';
  end if;
  if TG_OP = 'DELETE' then
    return OLD;
  end if;
  return NEW;
end;
$$;
create trigger impact_report_frozen_when_signed before update or delete on impact_report
  for each row execute function reject_change_to_signed_report();
create trigger report_download_append_only before update or delete on report_download
  for each row execute function reject_change_to_append_only();
