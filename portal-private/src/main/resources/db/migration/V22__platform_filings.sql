-- Art. 4, 5 (issue 14): each tenant's competent department and the platform its units use; the
-- construction plans of the cities' own platforms filed with the province (备案), with their
-- history. A filing is the city's row: the province reads it under its oversight and writes its
-- decision in the city's row scope (the province-admin's role checked by the service).
create table tenant_profile (
  tenant_id        varchar(32)  primary key,
  department       varchar(200) not null,
  contact_person   varchar(100) not null,
  phone            varchar(40)  not null,
  email            varchar(200) not null,
  platform         varchar(16)  not null check (platform in ('PROVINCIAL', 'CITY')),
  updated_by       varchar(200) not null,
  updated_at       timestamptz  not null,
  version          integer      not null default 1
);

create table platform_filing (
  id               bigint generated always as identity primary key,
  tenant_id        varchar(32)   not null,
  platform_name    varchar(200)  not null,
  mode             varchar(8)    not null check (mode in ('OWN', 'LEASED')),
  provider         varchar(200)  not null,
  capacity         text          not null,
  mlps_level       smallint      not null check (mlps_level between 1 and 5),
  plan_file_name   varchar(255)  not null,
  plan_type        varchar(128)  not null,
  plan_size        bigint        not null check (plan_size > 0),
  plan_sha256      char(64)      not null,
  state            varchar(16)   not null check (state in ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
  filed_by         varchar(200)  not null,
  filed_at         timestamptz   not null,
  decided_by       varchar(200),
  decided_at       timestamptz,
  opinion          varchar(2000),
  version          integer       not null default 1
);
create index platform_filing_tenant_state on platform_filing (tenant_id, state, filed_at);

create table filing_event (
  id               bigint generated always as identity primary key,
  tenant_id        varchar(32)   not null,
  filing_id        bigint        not null references platform_filing (id),
  occurred_at      timestamptz   not null,
  actor            varchar(200)  not null,
  action           varchar(16)   not null,
  to_state         varchar(16)   not null,
  opinion          varchar(2000),
  plan_sha256      char(64)
);
create index filing_event_filing on filing_event (filing_id, id);
create trigger filing_event_append_only before update or delete or truncate on filing_event
  for each statement execute function refuse_rewriting_history();

do $$
declare t text;
begin
  foreach t in array array['tenant_profile', 'platform_filing', 'filing_event'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['tenant_profile', 'platform_filing'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
