-- The register and the votes behind it can only be appended to.
create function reject_change_to_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'append-only table %: % is not allowed', TG_TABLE_NAME, TG_OP using errcode = '42501';
end;
$$;
create trigger resolution_append_only before update or delete on resolution
  for each row execute function reject_change_to_append_only();
create trigger council_vote_event_append_only before update or delete on council_vote_event
  for each row execute function reject_change_to_append_only();
