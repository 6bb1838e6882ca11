-- Art. 13 (issue 12): faults that a unit reports on one of its running systems, with the provider's
-- response and resolution clocks. Due times are instants (P1/P2 run around the clock, P3/P4 in
-- working time); the targets that set them are kept beside them (Art. 25: the tenant's or the
-- province's). A reopened fault's resolution clock starts again: resolution_due moves.
create table fault (
  id                    bigint generated always as identity primary key,
  tenant_id             varchar(32)   not null,
  system_id             bigint        not null,
  unit_id               bigint        not null,
  application_id        bigint        not null references application (id),
  severity              varchar(2)    not null check (severity in ('P1', 'P2', 'P3', 'P4')),
  title                 varchar(200)  not null,
  description           varchar(4000) not null,
  state                 varchar(16)   not null check (state in ('REPORTED', 'ACKNOWLEDGED', 'RESOLVED', 'CLOSED')),
  reported_by           varchar(200)  not null,
  reported_at           timestamptz   not null,
  response_target       varchar(40)   not null,
  resolution_target     varchar(40)   not null,
  response_due          timestamptz   not null,
  resolution_due        timestamptz   not null,
  acknowledged_at       timestamptz,
  resolved_at           timestamptz,
  closed_at             timestamptz,
  resolution            varchar(2000),
  escalated_at          timestamptz,
  response_notified     timestamptz,
  resolution_notified   timestamptz,
  rating_invited_at     timestamptz,
  updated_at            timestamptz   not null,
  version               integer       not null default 1,
  constraint fault_system foreign key (tenant_id, system_id) references app_system (tenant_id, id),
  constraint fault_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id)
);
create index fault_tenant_state on fault (tenant_id, state, resolution_due);
create index fault_tenant_unit on fault (tenant_id, unit_id, reported_at);

create table fault_event (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)   not null,
  fault_id        bigint        not null references fault (id),
  occurred_at     timestamptz   not null,
  actor           varchar(200)  not null,
  action          varchar(32)   not null,
  from_state      varchar(16),
  to_state        varchar(16)   not null,
  note            varchar(2000)
);
create index fault_event_fault on fault_event (fault_id, id);
create trigger fault_event_append_only before update or delete or truncate on fault_event
  for each statement execute function refuse_rewriting_history();

-- Art. 13: files that came with a fault (screenshots, logs, the provider's report), checked by
-- content as an application's are; the bytes are in the file store under their SHA-256.
create table fault_attachment (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  fault_id        bigint       not null references fault (id),
  file_name       varchar(255) not null,
  content_type    varchar(128) not null,
  size_bytes      bigint       not null check (size_bytes > 0),
  sha256          char(64)     not null,
  uploaded_by     varchar(200) not null,
  uploaded_at     timestamptz  not null
);
create index fault_attachment_fault on fault_attachment (fault_id, id);
create trigger fault_attachment_append_only before update or delete or truncate on fault_attachment
  for each statement execute function refuse_rewriting_history();

-- Art. 25: a tenant's shorter fault targets ({"P1.response": 10, ...}, in the unit of each default).
create table fault_targets (
  tenant_id       varchar(32)   primary key,
  targets         text          not null,
  updated_at      timestamptz   not null,
  updated_by      varchar(200)  not null
);

do $$
declare t text;
begin
  foreach t in array array['fault', 'fault_event', 'fault_attachment', 'fault_targets'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['fault', 'fault_targets'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
