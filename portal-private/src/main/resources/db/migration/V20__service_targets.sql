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
