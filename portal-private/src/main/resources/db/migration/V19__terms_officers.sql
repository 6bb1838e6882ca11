-- Art. 16: a unit's acceptance of the terms of lawful use, once per version, before its first
-- application: who accepted, when, which version.
create table terms_acceptance (
  id            bigint generated always as identity primary key,
  tenant_id     varchar(32)  not null,
  unit_id       bigint       not null,
  version       varchar(32)  not null,
  accepted_by   varchar(200) not null,
  accepted_at   timestamptz  not null,
  constraint terms_acceptance_unit foreign key (tenant_id, unit_id) references using_unit (tenant_id, id),
  constraint terms_acceptance_once unique (tenant_id, unit_id, version)
);

-- Art. 18: the system's security officer as an account (a unit-security-officer of its unit).
alter table app_system add column security_officer_account varchar(200);
create index app_system_officer on app_system (tenant_id, security_officer_account)
  where security_officer_account is not null;

-- Art. 18, Art. 9: the third-party (CNAS) assessment of a system of MLPS level 3 or above; the
-- report file, when given, is kept in the file store under its SHA-256.
create table system_assessment (
  system_id     bigint        primary key,
  tenant_id     varchar(32)   not null,
  institution   varchar(200)  not null,
  report_no     varchar(100)  not null,
  report_date   date          not null,
  conclusion    varchar(2000) not null,
  file_name     varchar(255),
  content_type  varchar(100),
  size_bytes    bigint,
  sha256        char(64),
  recorded_by   varchar(200)  not null,
  recorded_at   timestamptz   not null,
  constraint system_assessment_system foreign key (tenant_id, system_id) references app_system (tenant_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['terms_acceptance', 'system_assessment'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
