-- Art. 20: nobody enters a unit's cloud hosts, databases or storage without its authorization.
-- A grant opens one system's resources of the given scopes to the provider for a bounded window
-- [valid_from, valid_until); expiry is derived from the clock, never stored.
create table access_grant (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)   not null,
  system_id       bigint        not null,
  unit_id         bigint        not null,
  scopes          varchar(64)   not null,
  purpose         varchar(2000) not null,
  valid_from      timestamptz   not null,
  valid_until     timestamptz   not null,
  state           varchar(16)   not null,
  requested_by    varchar(200)  not null,
  requested_at    timestamptz   not null,
  decided_by      varchar(200),
  decided_at      timestamptz,
  revoked_by      varchar(200),
  revoked_at      timestamptz,
  version         integer       not null default 1,
  constraint access_grant_system foreign key (tenant_id, system_id) references app_system (tenant_id, id),
  constraint access_grant_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id),
  check (valid_from < valid_until),
  check (state in ('REQUESTED', 'APPROVED', 'REFUSED', 'REVOKED'))
);
create index access_grant_system_state on access_grant (tenant_id, system_id, state, valid_until);

-- Art. 20: every access, recorded by the provider's jump host or staff; an emergency one carries
-- its reason and waits for the unit's or the department's review.
create table access_session (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)   not null,
  system_id       bigint        not null,
  unit_id         bigint        not null,
  scope           varchar(16)   not null,
  operator        varchar(200)  not null,
  purpose         varchar(2000) not null,
  grant_id        bigint references access_grant (id),
  emergency       boolean       not null default false,
  reason          varchar(2000),
  recorded_by     varchar(200)  not null,
  started_at      timestamptz   not null,
  ended_at        timestamptz,
  summary         varchar(4000),
  reviewed_by     varchar(200),
  reviewed_at     timestamptz,
  review_note     varchar(2000),
  version         integer       not null default 1,
  constraint access_session_system foreign key (tenant_id, system_id) references app_system (tenant_id, id),
  check (emergency = (grant_id is null)),
  check (not emergency or reason is not null)
);
create index access_session_system on access_session (tenant_id, system_id, id desc);
create index access_session_unreviewed on access_session (tenant_id, id) where emergency and reviewed_at is null;

-- Art. 20: a notice of an emergency access belongs to no application.
alter table notification alter column application_id drop not null;

do $$
declare t text;
begin
  foreach t in array array['access_grant', 'access_session'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
