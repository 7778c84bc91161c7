-- The register and the votes behind it can only be appended to.
create trigger resolution_append_only before update, delete on resolution
  for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger';
create trigger council_vote_event_append_only before update, delete on council_vote_event
  for each row call 'com.synergycouncil.council.internal.AppendOnlyTrigger';
