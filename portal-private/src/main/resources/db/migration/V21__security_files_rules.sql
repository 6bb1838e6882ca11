-- Art. 17, 19: the files of the security items: a finding's rectification evidence, a bulletin's
-- attachments, a drill's report; checked by content as an application's files are, the bytes in
-- the file store under their SHA-256. Never changed once stored.
create table security_attachment (
  id            bigint generated always as identity primary key,
  tenant_id     varchar(32)  not null,
  owner_kind    varchar(16)  not null check (owner_kind in ('FINDING', 'BULLETIN', 'DRILL')),
  owner_id      bigint       not null,
  file_name     varchar(255) not null,
  content_type  varchar(128) not null,
  size_bytes    bigint       not null check (size_bytes > 0),
  sha256        char(64)     not null,
  uploaded_by   varchar(200) not null,
  uploaded_at   timestamptz  not null
);
create index security_attachment_owner on security_attachment (tenant_id, owner_kind, owner_id, id);
create trigger security_attachment_append_only before update or delete or truncate
  on security_attachment for each statement execute function refuse_rewriting_history();

-- Art. 25: a tenant's shorter security rules ({"finding.HIGH": 3, "grant.maxDays": 5, ...}), never
-- longer than the provincial defaults (rectification 5/10/20 working days, grants at most 7 days).
create table security_rules (
  tenant_id   varchar(32)  primary key,
  rules       text         not null,
  updated_at  timestamptz  not null,
  updated_by  varchar(200) not null
);

-- Art. 20: an access session refused (no grant covering it): who asked, for what, and why; kept
-- apart from the refused request's transaction so that the refusal itself is on record.
create table access_refusal (
  id           bigint generated always as identity primary key,
  tenant_id    varchar(32)   not null,
  system_id    bigint,
  unit_id      bigint,
  scope        varchar(16),
  operator     varchar(200),
  purpose      varchar(2000),
  reason       varchar(64)   not null,
  recorded_by  varchar(200)  not null,
  refused_at   timestamptz   not null
);
create index access_refusal_system on access_refusal (tenant_id, system_id, id desc);
create trigger access_refusal_append_only before update or delete or truncate
  on access_refusal for each statement execute function refuse_rewriting_history();

-- Art. 20: an application's material the unit shares with the provider without a grant.
create table material_share (
  attachment_id  bigint       primary key references application_attachment (id),
  tenant_id      varchar(32)  not null,
  shared         boolean      not null,
  changed_by     varchar(200) not null,
  changed_at     timestamptz  not null
);

do $$
declare t text;
begin
  foreach t in array array['security_attachment', 'security_rules', 'access_refusal',
                           'material_share'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
  end loop;
  foreach t in array array['security_rules', 'material_share'] loop
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
