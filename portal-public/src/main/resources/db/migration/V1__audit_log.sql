-- The public zone's own append-only audit log (architecture: one per zone). Every state change
-- the public portal makes will write one row in the same transaction; no row is ever changed.
create table audit_event (
  id           bigint       generated always as identity primary key,
  tenant_id    varchar(32)  not null,
  occurred_at  timestamptz  not null,
  actor        varchar(200) not null,
  action       varchar(64)  not null,
  entity_type  varchar(64)  not null,
  entity_id    varchar(64),
  detail       text
);
create index audit_event_by_tenant on audit_event (tenant_id, occurred_at desc);

-- Refuses changes even from the database owner the portal connects as.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
  for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function refuse_audit_change();
