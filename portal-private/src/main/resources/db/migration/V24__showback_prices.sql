-- Art. 21, Art. 25 (issue 14): the price catalogue of showback. Scope 'province' holds the prices
-- the province administrator sets, per unit of measure and month, from an effective date; a
-- tenant's own scope holds the prices its administrator lowered. Rows are never changed: a new
-- entry of the same item and date replaces the earlier one (the later id wins). Amounts are exact
-- decimal CNY.
create table price_entry (
  id              bigint generated always as identity primary key,
  scope           varchar(32)    not null,
  item            varchar(32)    not null check (item in ('VCPU_MONTH', 'MEMORY_GIB_MONTH',
                    'DISK_GIB_MONTH', 'STORAGE_GIB_MONTH', 'BANDWIDTH_MBPS_MONTH',
                    'DATABASE_INSTANCE_MONTH', 'SECURITY_SERVICE_MONTH')),
  effective_from  date           not null,
  amount          numeric(11, 4) not null check (amount >= 0 and amount <= 1000000),
  set_by          varchar(200)   not null,
  set_at          timestamptz    not null
);
create index price_entry_scope on price_entry (scope, id);

create trigger price_entry_append_only before update or delete or truncate on price_entry
  for each statement execute function refuse_rewriting_history();

-- Wall 4: a tenant reads its own prices and the province's; it writes only its own, and the
-- provincial scope only under the province administrator's transaction setting (as rule_version).
alter table price_entry enable row level security;
alter table price_entry force row level security;
create policy prices_read on price_entry for select
  using (scope = app_tenant() or scope = 'province' or app_oversight());
create policy prices_insert on price_entry for insert
  with check (scope = app_tenant() or (scope = 'province' and app_province_admin()));
