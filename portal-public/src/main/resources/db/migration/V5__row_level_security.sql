-- Wall 4, Art. 24: every tenant row of the public zone is filtered by row-level security on the
-- transaction's app.tenant, exactly like the private zone's; FORCE makes the policies bind the
-- owner that the portal connects as. The portal sets the settings in one place only
-- (cn.gov.zj.cloud.publicportal.tenant.TenantScope), always local to the transaction.

create function app_tenant() returns text language sql stable as
$$ select nullif(current_setting('app.tenant', true), '') $$;

-- Art. 24: the interconnection's pull and settlement cross every tenant's queue: in this mode the
-- outbox is read and settled for all tenants, and only the channel's own audit records are added.
create function app_channel() returns boolean language sql stable as
$$ select coalesce(current_setting('app.channel', true), '') = 'on' $$;

-- Art. 23: a citizen holds a tracking number or a rating id, not a tenant. In this mode exactly the
-- row of that key is visible, so that its tenant can be found and then set.
create function app_lookup() returns text language sql stable as
$$ select nullif(current_setting('app.lookup', true), '') $$;

do $$
declare t text;
begin
  foreach t in array array['audit_event', 'consultation', 'interconnect_outbox',
      'interconnect_inbox', 'public_service', 'rating_invitation', 'rating'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['consultation', 'interconnect_outbox', 'public_service',
      'rating_invitation', 'rating'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;

create policy channel_read on interconnect_outbox for select using (app_channel());
create policy channel_settle on interconnect_outbox for update
  using (app_channel()) with check (app_channel());
create policy channel_audit on audit_event for insert
  with check (app_channel() and action like 'interconnect.%');

create policy lookup_read on consultation for select using (tracking_no = app_lookup());
create policy lookup_read on rating for select using (rating_id::text = app_lookup());

-- No policy lets UPDATE or DELETE reach a row of audit_event, so its row triggers (V1) would never
-- fire and a change would silently touch nothing: refuse the statement itself, loudly.
create trigger audit_event_no_update_delete_statement before update or delete on audit_event
  for each statement execute function refuse_audit_change();
