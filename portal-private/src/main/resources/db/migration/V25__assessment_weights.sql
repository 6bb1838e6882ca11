-- Art. 22, 25: a tenant's own weights of the unit assessment's score, as one JSON object of whole
-- percent ({"adoption", "efficiency", "security"}, each within the published bounds, summing to 100,
-- checked by ScoreWeights), stored through LocalAmounts; without a row the province's defaults
-- apply. Changes are audited (assessment.weights.change).
create table assessment_weights (
  tenant_id   varchar(32)  primary key,
  weights     text         not null,
  updated_at  timestamptz  not null,
  updated_by  varchar(200) not null
);

alter table assessment_weights enable row level security;
alter table assessment_weights force row level security;
create policy tenant_read on assessment_weights for select using (tenant_id = app_tenant() or app_oversight());
create policy tenant_insert on assessment_weights for insert with check (tenant_id = app_tenant());
create policy tenant_update on assessment_weights for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant());
