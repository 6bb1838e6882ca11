-- Art. 15: the provider's daily usage per allocated resource line (line = the index of the line in
-- the application's allocation); a later sample of the same application, line and day replaces the
-- earlier one. Checked against the allocation when received, so no foreign key slows the intake.
create table usage_sample (
  tenant_id           varchar(32) not null,
  application_id      bigint      not null,
  line                smallint    not null,
  day                 date        not null,
  cpu_avg_pct         real        not null,
  cpu_p95_pct         real        not null,
  mem_avg_pct         real        not null,
  disk_used_gib       real        not null,
  bandwidth_p95_mbps  real        not null,
  received_at         timestamptz not null,
  primary key (tenant_id, application_id, day, line)
);

-- Art. 15, Art. 25: a tenant's own advice thresholds; without a row the provincial defaults govern.
create table usage_rules (
  tenant_id       varchar(32)  primary key,
  idle_cpu_p95    smallint     not null,
  idle_mem        smallint     not null,
  idle_days       smallint     not null,
  min_days        smallint     not null,
  over_pct        smallint     not null,
  under_pct       smallint     not null,
  target_pct      smallint     not null,
  changed_at      timestamptz  not null,
  changed_by      varchar(200) not null
);

-- Art. 15: the monthly reports delivered (to the unit and the reviewer), once per unit and month;
-- unit_id null is the tenant's summary for the competent department.
create table usage_report (
  id              bigint generated always as identity primary key,
  tenant_id       varchar(32) not null,
  unit_id         bigint,
  month           date        not null,
  data_missing    boolean     not null,
  advice          integer     not null,
  delivered_at    timestamptz not null
);
create unique index usage_report_once on usage_report (tenant_id, month, coalesce(unit_id, 0));

do $$
declare t text;
begin
  foreach t in array array['usage_sample', 'usage_rules', 'usage_report'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy tenant_read on %I for select using (tenant_id = app_tenant() or app_oversight())', t);
    execute format('create policy tenant_insert on %I for insert with check (tenant_id = app_tenant())', t);
    execute format('create policy tenant_update on %I for update using (tenant_id = app_tenant()) with check (tenant_id = app_tenant())', t);
  end loop;
end $$;
