-- Art. 3, 4, 18: the registry of using units and their application systems, per tenant.
-- Wall 4: every tenant row is filtered by row-level security on the transaction's app.tenant;
-- FORCE makes the policies bind the owner that the portal connects as.

create function app_tenant() returns text language sql stable as
$$ select nullif(current_setting('app.tenant', true), '') $$;

-- Art. 4: the province's read-only oversight of every tenant.
create function app_oversight() returns boolean language sql stable as
$$ select coalesce(current_setting('app.oversight', true), '') = 'on' $$;

create table using_unit (
  id           bigint generated always as identity primary key,
  tenant_id    varchar(32)  not null,
  name         varchar(200) not null,
  credit_code  char(18)     not null,
  contact      varchar(200) not null,
  created_at   timestamptz  not null,
  updated_at   timestamptz  not null,
  version      integer      not null default 1,
  constraint using_unit_credit_code_unique unique (tenant_id, credit_code),
  constraint using_unit_tenant_key unique (tenant_id, id)
);

create table app_system (
  id                bigint generated always as identity primary key,
  tenant_id         varchar(32)  not null,
  unit_id           bigint       not null,
  name              varchar(200) not null,
  description       varchar(2000),
  mlps_level        smallint     not null check (mlps_level between 1 and 5),
  security_officer  varchar(100) not null,
  cloud_status      varchar(16)  not null check (cloud_status in ('ON_CLOUD', 'MIGRATING', 'NOT_MIGRATED', 'EXEMPT')),
  on_cloud_since    date,
  exemption_basis   varchar(500),
  public_facing     boolean      not null,
  created_at        timestamptz  not null,
  updated_at        timestamptz  not null,
  version           integer      not null default 1,
  -- a system belongs to a unit of its own tenant, whatever a query asked for
  constraint app_system_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id),
  constraint app_system_since check ((cloud_status = 'ON_CLOUD') = (on_cloud_since is not null)),
  constraint app_system_basis check ((cloud_status = 'EXEMPT') = (exemption_basis is not null))
);
create index app_system_tenant_unit on app_system (tenant_id, unit_id);

-- Append-only audit of every decision and change (who, tenant, when, what, before and after).
create table audit_event (
  id           bigint generated always as identity primary key,
  tenant_id    varchar(32)  not null,
  occurred_at  timestamptz  not null,
  actor        varchar(200) not null,
  action       varchar(64)  not null,
  entity_type  varchar(64)  not null,
  entity_id    varchar(64),
  before_state text,
  after_state  text
);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as
$$ begin raise exception 'audit_event is append-only'; end $$;
create trigger audit_event_append_only before update or delete or truncate on audit_event
  for each statement execute function audit_event_is_append_only();

do $$
declare t text;
begin
  foreach t in array array['using_unit', 'app_system', 'audit_event'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['using_unit', 'app_system'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_delete on %I for delete using (tenant_id = app_tenant())', t);
  end loop;
end $$;
