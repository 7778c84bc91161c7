-- The evidence chain and the audit events can only be appended to, like the register (V2).
create trigger evidence_chain_append_only before update, delete on evidence_chain
  for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger';
create trigger audit_event_append_only before update, delete on audit_event
  for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger';
