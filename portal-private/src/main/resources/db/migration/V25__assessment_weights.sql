-- Art. 22, 25: a tenant's own weights of the unit assessment's score (adoption, efficiency,
-- security, whole percent within the published bounds, summing to 100); without a row the
-- province's defaults apply. Changes are audited (assessment.weights.change).
create table assessment_weights (
  tenant_id       varchar(32)  primary key,
  adoption        smallint     not null check (adoption between 20 and 60),
  efficiency      smallint     not null check (efficiency between 20 and 60),
  security        smallint     not null check (security between 20 and 60),
  changed_at      timestamptz  not null,
  changed_by      varchar(200) not null,
  check (adoption + efficiency + security = 100)
);

alter table assessment_weights enable row level security;
alter table assessment_weights force row level security;
create policy tenant_read on assessment_weights for select using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on assessment_weights for insert with check (tenant_id = app_tenant());
create policy tenant_update on assessment_weights for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());
