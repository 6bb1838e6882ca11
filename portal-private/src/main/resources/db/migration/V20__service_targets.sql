-- Art. 14, Art. 25: a tenant's own service targets (the service request's response in working
-- days, the training sessions required per quarter); without a row the provincial defaults govern.
create table service_targets (
  tenant_id             varchar(32)  primary key,
  response_days         smallint     not null check (response_days between 0 and 1),
  sessions_per_quarter  smallint     not null check (sessions_per_quarter between 1 and 30),
  changed_at            timestamptz  not null,
  changed_by            varchar(200) not null
);

alter table service_targets enable row level security;
alter table service_targets force row level security;
create policy tenant_read on service_targets for select using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on service_targets for insert with check (tenant_id = app_tenant());
create policy tenant_update on service_targets for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());

-- Art. 14: the materials of a training session as files (slides, handbooks), uploaded by the
-- provider, checked by content as an application's files are; the bytes are in the file store
-- under their SHA-256. Never changed once stored.
create table training_material (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32)  not null,
  session_id      bigint       not null references training_session (id),
  file_name       varchar(255) not null,
  content_type    varchar(128) not null,
  size_bytes      bigint       not null check (size_bytes > 0),
  sha256          char(64)     not null,
  uploaded_by     varchar(200) not null,
  uploaded_at     timestamptz  not null
);
create index training_material_session on training_material (session_id, id);
create trigger training_material_append_only before update or delete or truncate on training_material
  for each statement execute function refuse_rewriting_history();

alter table training_material enable row level security;
alter table training_material force row level security;
create policy tenant_read on training_material for select using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on training_material for insert with check (tenant_id = app_tenant());
