-- The evidence chain and the audit events can only be appended to, like the register (V2).
create trigger evidence_chain_append_only before update or delete on evidence_chain
  for each row execute function reject_change_to_append_only();
create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function reject_change_to_append_only();
